using System.Globalization;
using Publish.Documents;
using Publish.Ingest.Structure;

namespace Publish.Ingest.Text;

/// <summary>
/// Reads plain text extracted from a PDF (hard line breaks, line-end hyphenation, page breaks, footnote bodies
/// at page feet) into paragraphs: decode → lines → footnote bodies → paragraphs → joined text → markers.
/// </summary>
internal sealed class PlainTextSourceReader(LineEndHyphenResolver resolveHyphen) : ISourceReader
{
    public SourceLayout Read(SourceFile file) => Read(TextDecoder.Decode(file));

    public SourceLayout Read(string text)
    {
        var layout = new SourceLayout(SourceFormat.Text);
        var lines = RunningFooterFilter.Apply(TextLine.Split(text), layout.Metadata);
        var isFootnoteLine = new bool[lines.Count];
        var bodies = FootnoteBodyScanner.Scan(lines, isFootnoteLine);
        lines = RunningFooterFilter.RemovePageNumbers(lines, isFootnoteLine);
        var assembler = new ParagraphAssembler(lines, isFootnoteLine);
        var markers = new FootnoteMarkerResolver(bodies.Select(b => b.Number).ToHashSet());
        foreach (var paragraphLines in assembler.Assemble(lines, isFootnoteLine))
        {
            var paragraph = ListItemOrParagraph(LineJoiner.Join(paragraphLines, resolveHyphen), paragraphLines[0].Number);
            markers.Resolve(paragraph);
            layout.Paragraphs.Add(paragraph);
        }

        foreach (var body in bodies.OrderBy(b => b.Number))
        {
            var number = body.Number.ToString(CultureInfo.InvariantCulture);
            layout.Footnotes.Add(new SourceParagraph(LineJoiner.Join(body.Lines, resolveHyphen), ParagraphHint.Footnote, body.FirstLine) { Label = number });
        }

        markers.WarnAboutUnusedBodies();
        layout.Warnings.AddRange(markers.Warnings);
        return layout;
    }

    /// <summary>A paragraph opening with a bullet or list label ("•", "a)", "2.") is a list item; the label is kept apart.</summary>
    private static SourceParagraph ListItemOrParagraph(string text, int line)
    {
        var bullet = StructurePatterns.ListBullet().Match(text);
        if (!bullet.Success || StructurePatterns.IsStandaloneLine(text))
        {
            return new SourceParagraph(text, line: line);
        }

        return new SourceParagraph(text[bullet.Length..], ParagraphHint.ListItem, line) { Label = bullet.Groups["label"].Value };
    }
}
