using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Documents;

namespace Publish.Ingest.Docx;

/// <summary>
/// Numbers footnotes in the order the body references them and reads their bodies from the footnotes part.
/// </summary>
/// <remarks>
/// Word numbers automatic footnotes 1, 2, 3… in reference order; a reference with w:customMarkFollows
/// shows its own mark and does not use up a number (ECMA-376 Part 1 §17.11, w:footnoteReference).
/// The footnote's w:id is only a key, never the visible number. Separator and continuation footnotes
/// (w:type other than normal) are layout furniture, not notes. Not supported: w:numFmt and w:numStart in w:footnotePr
/// (numbers are always decimal from 1), endnotes.
/// </remarks>
internal sealed class DocxFootnoteReader
{
    private readonly Dictionary<long, Footnote> _bodies = [];
    private readonly Dictionary<long, string> _numbers = [];
    private readonly List<(long Id, string Number, int Line)> _references = [];
    private int _lastAutomaticNumber;

    public DocxFootnoteReader(Footnotes? footnotes)
    {
        foreach (var footnote in footnotes?.Elements<Footnote>() ?? [])
        {
            var isNote = footnote.Type is null || footnote.Type.Value == FootnoteEndnoteValues.Normal;
            if (isNote && footnote.Id?.Value is { } id)
            {
                _bodies.TryAdd(id, footnote);
            }
        }
    }

    /// <summary>The visible number of footnote <paramref name="id"/>, assigned on its first reference.</summary>
    public string Reference(long id, string? customMark, int line)
    {
        if (_numbers.TryGetValue(id, out var known))
        {
            return known;
        }

        var number = customMark ?? (++_lastAutomaticNumber).ToString(CultureInfo.InvariantCulture);
        _numbers[id] = number;
        _references.Add((id, number, line));
        return number;
    }

    /// <summary>
    /// Adds one footnote paragraph per referenced footnote to <paramref name="layout"/>, in number order;
    /// a multi-paragraph footnote is joined with spaces. Line is that of the paragraph referencing it.
    /// </summary>
    public void AddBodies(SourceLayout layout)
    {
        var collector = new DocxTextCollector(this);
        // Indexed: a (malformed) footnote referencing another footnote appends to the list while we read.
        for (var i = 0; i < _references.Count; i++)
        {
            var (id, number, line) = _references[i];
            if (!_bodies.TryGetValue(id, out var footnote))
            {
                layout.Warnings.Add(new DocumentWarning("footnote-without-body",
                    $"footnote {number} is referenced but has no text", line));
                continue;
            }

            var text = new AnchoredTextBuilder();
            foreach (var paragraph in footnote.Elements<Paragraph>())
            {
                text.Append(' ');
                collector.Collect(paragraph, text, line);
            }

            var (body, _) = text.Build();
            layout.Footnotes.Add(new SourceParagraph(body, ParagraphHint.Footnote, line) { Label = number });
        }

        var unreferenced = _bodies.Keys.Count(id => !_numbers.ContainsKey(id));
        if (unreferenced > 0)
        {
            layout.Warnings.Add(new DocumentWarning("footnote-unreferenced",
                $"{unreferenced} footnote(s) in the footnotes part are not referenced from the text and were skipped"));
        }
    }
}
