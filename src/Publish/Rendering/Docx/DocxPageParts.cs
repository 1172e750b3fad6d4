using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Rendering.Content;

namespace Publish.Rendering.Docx;

/// <summary>Running header, "Page X of Y" footer (PAGE and NUMPAGES fields, §17.16.5) and the A4 section.</summary>
internal static class DocxPageParts
{
    public static SectionProperties Section(MainDocumentPart main, RenderContent content)
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Paragraph(DocxStyleIds.Header, content.Language, new Run(new Text(content.RunningHeader ?? content.Title))));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(Paragraph(DocxStyleIds.Footer, content.Language,
            Text("Page "), Field("PAGE"), Text(" of "), Field("NUMPAGES")));

        var page = content.Page;
        static UInt32Value Twips(double points) => (uint)Math.Round(points * 20);
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new FootnoteProperties(new NumberingFormat { Val = NumberFormatValues.Decimal }),
            new PageSize { Width = Twips(page.Width), Height = Twips(page.Height) },
            new PageMargin
            {
                Top = (int)Math.Round(page.Top * 20), Bottom = (int)Math.Round(page.Bottom * 20), Left = Twips(page.Left), Right = Twips(page.Right),
                Header = Twips(page.Top / 2), Footer = Twips(page.Bottom / 2), Gutter = 0,
            });
    }

    private static Paragraph Paragraph(string style, string language, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var run in runs.OfType<Run>())
        {
            run.PrependChild(new RunProperties(new Languages { Val = language }));
        }

        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Text(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction) => new(new Run(new Text("1"))) { Instruction = " " + instruction + " " };
}
