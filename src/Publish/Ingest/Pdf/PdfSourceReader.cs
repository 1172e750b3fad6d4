using System.Globalization;
using Publish.Documents;
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
    public SourceLayout Read(SourceFile file) => Read(PdfLayoutAnalysis.Analyze(file));

    public SourceLayout Read(PdfLayoutAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var layout = new SourceLayout(SourceFormat.Pdf);
        foreach (var (key, value) in analysis.Metadata)
        {
            layout.Metadata[key] = value;
        }

        var bodyNumbers = analysis.Footnotes.Select(f => f.Number).ToHashSet();
        var cited = new HashSet<int>();
        var paragraphs = new PdfParagraphText(resolveHyphen, analysis.Statistics);
        var text = analysis.Pages.SelectMany(p => p.Lines).Where(l => l.Role is PdfLineRole.Body or PdfLineRole.Heading);
        foreach (var lines in new PdfParagraphAssembler(analysis.Statistics, analysis.Pages).Assemble(text))
        {
            var paragraph = PdfParagraphAssembler.IsTableRow(lines) ? PdfParagraphText.TableRow(lines) : paragraphs.Paragraph(lines);
            foreach (var anchor in paragraph.Anchors)
            {
                int number = int.Parse(anchor.Number, NumberStyles.None, CultureInfo.InvariantCulture);
                if (!bodyNumbers.Contains(number))
                {
                    layout.Warnings.Add(new DocumentWarning("footnote-without-body", $"footnote marker {number} on page {lines[0].Page} has no footnote text", lines[0].Number));
                }

                cited.Add(number);
            }

            layout.Paragraphs.Add(paragraph);
        }

        foreach (var footnote in analysis.Footnotes.OrderBy(f => f.Number))
        {
            var lines = footnote.Lines.Select(l => new TextLine(l.Page, PdfFootnoteLinker.BodyText(l, footnote), false)).Where(l => l.Text.Length > 0).ToList();
            var body = lines.Count == 0 ? "" : LineJoiner.Join(lines, resolveHyphen);
            layout.Footnotes.Add(new SourceParagraph(body, ParagraphHint.Footnote, footnote.Lines.FirstOrDefault()?.Number) { Label = footnote.Number.ToString(CultureInfo.InvariantCulture) });
            if (!cited.Contains(footnote.Number))
            {
                layout.Warnings.Add(new DocumentWarning("footnote-without-marker", $"footnote {footnote.Number} on page {footnote.Page} is not cited in the text", footnote.Lines.FirstOrDefault()?.Number));
            }
        }

        return layout;
    }
}
