using Publish.Documents;
using PdfSharp.Drawing;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>Layouts the 16 samples do not show, in PDFs generated here: other page sizes, columns, broken footnotes, bad files.</summary>
public sealed class PdfLayoutEdgeCaseTests
{
    private const string Prose = "De minister van Defensie nam deel aan deze vergadering van de ministers van de lidstaten. Zij sprak over de steun aan Oekraïne en over de verdediging van het verdragsgebied. De ministers bespraken ook de voortgang van de afspraken die vorig jaar zijn gemaakt over de uitgaven aan defensie.";

    [Fact]
    public void A_footnote_continued_on_the_next_page_is_one_footnote()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage();
        double y = pdf.Paragraph(72, 90, 450, 10, Prose);
        y = pdf.Paragraph(72, y + 10, 450, 10, "Het rapport^1 is openbaar gemaakt. " + Prose);
        pdf.Line(72, 760, 8, "^1 Rapport van de commissie over de gezamenlijke verdediging, waarvan de tekst");
        pdf.Line(72, 770, 8, "hier nog niet ophoudt maar doorloopt tot op de volgende");
        pdf.AddPage();
        pdf.Paragraph(72, 90, 450, 10, Prose);
        pdf.Line(72, 770, 8, "bladzijde van het document.");
        var document = Process(pdf);

        var footnote = Assert.Single(document.Blocks, b => b.Kind == BlockKind.Footnote);
        Assert.Equal("1", footnote.Number);
        Assert.Equal("Rapport van de commissie over de gezamenlijke verdediging, waarvan de tekst hier nog niet ophoudt maar doorloopt tot op de volgende bladzijde van het document.", footnote.Text);
        Assert.Equal(["1"], document.SegmentContaining("Het rapport is openbaar gemaakt.").Footnotes);
        Assert.Empty(document.Warnings);
    }

    [Fact]
    public void A_marker_without_a_footnote_body_is_anchored_with_a_warning()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage();
        pdf.Paragraph(72, 90, 450, 10, Prose + " Dit staat in de brief^2 van vorige week. " + Prose);
        var document = Process(pdf);

        Assert.Equal(["2"], document.SegmentContaining("Dit staat in de brief van vorige week.").Footnotes);
        var warning = Assert.Single(document.Warnings);
        Assert.Equal("footnote-without-body", warning.Code);
        Assert.Contains("marker 2", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_two_column_page_is_read_column_by_column()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage();
        pdf.Paragraph(50, 80, 230, 10, "Linker kolom begint hier. " + Prose + " Deze zin loopt door van de linker");
        pdf.Paragraph(315, 80, 230, 10, "kolom naar de rechter kolom. " + Prose + " Einde van de rechter kolom.");
        var segments = Process(pdf).Segments.Select(s => s.Text).ToList();

        Assert.Equal("Linker kolom begint hier.", segments[0]);
        Assert.Contains("Deze zin loopt door van de linker kolom naar de rechter kolom.", segments);
        Assert.Equal("Einde van de rechter kolom.", segments[^1]);
    }

    [Fact]
    public void A_landscape_page_is_read_like_a_portrait_one()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage(842, 595);
        double y = pdf.Paragraph(72, 80, 700, 10, Prose);
        pdf.Paragraph(72, y + 12, 700, 10, "Tweede alinea op een liggende pagina.");
        pdf.Line(410, 570, 9, "1");
        var document = Process(pdf);

        Assert.Equal("De minister van Defensie nam deel aan deze vergadering van de ministers van de lidstaten.", document.Segments.First().Text);
        Assert.Equal("Tweede alinea op een liggende pagina.", document.Segments.Last().Text);
        Assert.DoesNotContain(document.Segments, s => s.Text == "1");
    }

    [Fact]
    public void A_PDF_without_a_text_layer_is_refused_with_advice_to_run_OCR()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage();
        pdf.Graphics.DrawRectangle(XBrushes.Gray, 72, 72, 400, 600);
        var error = Assert.Throws<PublishInputException>(() => Process(pdf));
        Assert.Contains("without a text layer", error.Message, StringComparison.Ordinal);
        Assert.Contains("OCR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_PDF_is_refused()
    {
        using var pdf = new GeneratedPdf();
        pdf.AddPage();
        pdf.Paragraph(72, 90, 450, 10, Prose);
        pdf.Encrypt("geheim");
        var error = Assert.Throws<PublishInputException>(() => Process(pdf));
        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")]
    [InlineData("%PDF-1.4\nthis is not a PDF body at all")]
    public void A_damaged_PDF_is_refused_in_one_line(string content)
    {
        var error = Assert.Throws<PublishInputException>(() => new DocumentPipeline().Process("damaged.pdf", System.Text.Encoding.ASCII.GetBytes(content)));
        Assert.Equal("damaged.pdf", error.File);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static PublishDocument Process(GeneratedPdf pdf) => new DocumentPipeline().Process("generated.pdf", pdf.ToBytes());
}
