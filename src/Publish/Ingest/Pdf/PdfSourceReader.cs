using System.Globalization;
using Publish.Documents;
using Publish.Ingest.Structure;
using Publish.Ingest.Text;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Reads a PDF into the same <see cref="SourceLayout"/> the text reader produces, from the layout rather than a
/// text extraction: lines with roles (<see cref="PdfLayoutAnalysis"/>), paragraphs across page breaks, line-end
/// hyphens resolved by the shared dehyphenation, footnote markers taken out as anchors and linked by number to
/// the bodies found at the page feet, colophon and footer into the metadata.
/// </summary>
internal sealed class PdfSourceReader(LineEndHyphenResolver resolveHyphen) : ISourceReader
{
    /// <summary>Paragraphs in display type this many times the body size are headings, whatever their text.</summary>
    private const double HeadingScale = 1.15;

    public SourceLayout Read(SourceFile file) => Read(PdfLayoutAnalysis.Analyze(file));

    public SourceLayout Read(PdfLayoutAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var layout = new SourceLayout(SourceFormat.Pdf);
        foreach (var (key, value) in analysis.Metadata)
        {
            layout.Metadata[key] = value;
        }

        var stats = analysis.Statistics;
        var bodyNumbers = analysis.Footnotes.Select(f => f.Number).ToHashSet();
        var cited = new HashSet<int>();
        var text = analysis.Pages.SelectMany(p => p.Lines).Where(l => l.Role is PdfLineRole.Body or PdfLineRole.Heading);
        foreach (var lines in new PdfParagraphAssembler(stats, analysis.Pages).Assemble(text))
        {
            var numbers = new List<string>();
            var textLines = lines.Select(l => new TextLine(l.Page, PdfMarkerText.WithMarkers(l, numbers), false)).ToList();
            var (joined, anchors) = PdfMarkerText.Extract(LineJoiner.Join(textLines, resolveHyphen), numbers);
            var paragraph = ToParagraph(joined, lines, stats, out int cut);
            foreach (var anchor in anchors)
            {
                paragraph.Anchors.Add(anchor with { Offset = Math.Max(0, anchor.Offset - cut) });
                int number = int.Parse(anchor.Number, NumberStyles.None, CultureInfo.InvariantCulture);
                if (!bodyNumbers.Contains(number))
                {
                    layout.Warnings.Add(new DocumentWarning("footnote-without-body", $"footnote marker {number} has no footnote text (page {lines[0].Page})", lines[0].Page));
                }

                cited.Add(number);
            }

            layout.Paragraphs.Add(paragraph);
        }

        foreach (var footnote in analysis.Footnotes.OrderBy(f => f.Number))
        {
            var lines = footnote.Lines.Select(l => new TextLine(l.Page, PdfFootnoteLinker.BodyText(l, footnote), false)).Where(l => l.Text.Length > 0).ToList();
            var body = lines.Count == 0 ? "" : LineJoiner.Join(lines, resolveHyphen);
            layout.Footnotes.Add(new SourceParagraph(body, ParagraphHint.Footnote, footnote.Page) { Label = footnote.Number.ToString(CultureInfo.InvariantCulture) });
            if (!cited.Contains(footnote.Number))
            {
                layout.Warnings.Add(new DocumentWarning("footnote-without-marker", $"footnote {footnote.Number} is not cited in the text", footnote.Page));
            }
        }

        return layout;
    }

    /// <summary>Display type becomes a heading; a paragraph opening with a bullet or list label becomes a list item, its label kept apart.</summary>
    /// <param name="cut">How many characters were taken off the front (a list label), for the anchors.</param>
    private static SourceParagraph ToParagraph(string text, List<PdfLine> lines, PdfPageStatistics stats, out int cut)
    {
        cut = 0;
        if (lines[0].Size >= HeadingScale * stats.BodySize)
        {
            return new SourceParagraph(text, ParagraphHint.Heading, lines[0].Page) { Level = lines[0].Size >= 1.5 * stats.BodySize ? 1 : 2 };
        }

        var bullet = StructurePatterns.ListBullet().Match(text);
        if (!bullet.Success || StructurePatterns.IsStandaloneLine(text))
        {
            return new SourceParagraph(text, line: lines[0].Page);
        }

        cut = bullet.Length;
        return new SourceParagraph(text[bullet.Length..], ParagraphHint.ListItem, lines[0].Page) { Label = bullet.Groups["label"].Value };
    }
}
