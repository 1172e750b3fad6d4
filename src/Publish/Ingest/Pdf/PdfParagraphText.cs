using Publish.Ingest.Docx;
using Publish.Ingest.Structure;
using Publish.Ingest.Text;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Turns the lines of one paragraph into a <see cref="SourceParagraph"/>: joined with the shared line-end
/// dehyphenation (also across a page break), footnote markers carried through as anchors, display type marked as a
/// heading, a leading bullet or list label kept apart, table cells as cells. <see cref="SourceParagraph.Line"/> is
/// the document-wide number of the paragraph's first line (<see cref="PdfLine.Number"/>), not its page.
/// </summary>
internal sealed class PdfParagraphText(LineEndHyphenResolver resolveHyphen, PdfPageStatistics stats)
{
    /// <summary>Paragraphs in display type this many times the body size are headings, whatever their text.</summary>
    private const double HeadingScale = 1.15;

    public SourceParagraph Paragraph(List<PdfLine> lines)
    {
        var numbers = new List<string>();
        var textLines = lines.Select(l => new TextLine(l.Page, PdfMarkerText.WithMarkers(l, numbers), false)).ToList();
        var (text, anchors) = PdfMarkerText.Extract(LineJoiner.Join(textLines, resolveHyphen), numbers);
        int line = lines[0].Number;
        if (lines[0].Size >= HeadingScale * stats.BodySize)
        {
            return WithAnchors(new SourceParagraph(text, ParagraphHint.Heading, line) { Level = lines[0].Size >= 1.5 * stats.BodySize ? 1 : 2 }, anchors, 0);
        }

        var bullet = StructurePatterns.ListBullet().Match(text);
        if (!bullet.Success || StructurePatterns.IsStandaloneLine(text))
        {
            return WithAnchors(new SourceParagraph(text, line: line), anchors, 0);
        }

        var item = new SourceParagraph(text[bullet.Length..], ParagraphHint.ListItem, line) { Label = bullet.Groups["label"].Value };
        return WithAnchors(item, anchors, bullet.Length);
    }

    /// <summary>Cells side by side on one baseline; the text separates them as DOCX and Markdown table rows do.</summary>
    public static SourceParagraph TableRow(List<PdfLine> lines)
    {
        var cells = new List<string>();
        var anchors = new List<Documents.FootnoteAnchor>();
        int offset = 0;
        foreach (var line in lines)
        {
            var numbers = new List<string>();
            var (cell, cellAnchors) = PdfMarkerText.Extract(PdfMarkerText.WithMarkers(line, numbers), numbers);
            anchors.AddRange(cellAnchors.Select(a => a with { Offset = a.Offset + offset }));
            cells.Add(cell);
            offset += cell.Length + 1;
        }

        var row = new SourceParagraph(string.Join(DocxBodyWalker.CellSeparator, cells), ParagraphHint.TableRow, lines[0].Number) { Cells = cells };
        row.Anchors.AddRange(anchors);
        return row;
    }

    private static SourceParagraph WithAnchors(SourceParagraph paragraph, List<Documents.FootnoteAnchor> anchors, int cut)
    {
        paragraph.Anchors.AddRange(anchors.Select(a => a with { Offset = Math.Max(0, a.Offset - cut) }));
        return paragraph;
    }
}
