using Publish.Documents;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>
/// The PDF read from its layout and the committed pdftotext extraction of the same file (read by the text reader)
/// give the same segments, except where pdftotext lost information: it drops every line-end hyphen, real ones in
/// web addresses too ("stiekem-in-" + "klantrekeningen" became "stiekem-inklantrekeningen"). Run over all 16 PDFs
/// with a fresh pdftotext, the other differences are all in the extraction's disfavour: hyphens dropped in words
/// ("JosephAgema", "WIAuitkering"), subscripts read as markers ("CO" + footnote 2), markers read as text ("rapport1",
/// "20224"), a footnote body in the text (1771), a table's cells read as footnotes and headings (1314), and the
/// party of the written questions missed because the title's lines were not joined (see docs/pdf-ingest.md).
/// </summary>
public sealed class PdfTextParityTests
{
    [Fact]
    public void The_PDF_and_its_pdftotext_extraction_give_the_same_segments()
    {
        var fromPdf = Texts(PdfSamples.Document("ah-tk-20232024-2367"));
        var fromText = Texts(new DocumentPipeline().Process(Path.Combine(Samples.Root, "samples", "extractions", "ah-tk-20232024-2367.pdftotext.txt")));

        var onlyPdf = fromPdf.Except(fromText).ToList();
        var onlyText = fromText.Except(fromPdf).ToList();
        Assert.Equal(3, onlyPdf.Count);
        Assert.Equal(onlyText.Count, onlyPdf.Count);
        Assert.All(onlyPdf, s => Assert.Contains("https://", s, StringComparison.Ordinal));
        // Each difference is a URL hyphen at a line end that pdftotext dropped: without hyphens both read alike.
        Assert.Equal(onlyText.Select(WithoutHyphens).Order(), onlyPdf.Select(WithoutHyphens).Order());
        Assert.Equal(fromText.Count, fromPdf.Count);
    }

    private static List<string> Texts(PublishDocument document) => [.. document.Segments.Select(s => s.Text + " " + string.Join(',', s.Footnotes))];

    private static string WithoutHyphens(string text) => text.Replace("-", "", StringComparison.Ordinal);
}
