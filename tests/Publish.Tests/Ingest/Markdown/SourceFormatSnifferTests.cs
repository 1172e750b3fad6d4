using System.IO.Compression;
using System.Text;
using Publish.Documents;
using Publish.Ingest;
using Publish.Tests.Ingest.Docx;

namespace Publish.Tests.Ingest.Markdown;

public class SourceFormatSnifferTests
{
    private static SourceFormat Detect(string path, byte[] bytes) => SourceFormatSniffer.Detect(new SourceFile(path, bytes));

    private static SourceFormat Detect(string path, string text) => Detect(path, Encoding.UTF8.GetBytes(text));

    public static TheoryData<string> TextSamples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Sample002LetterTests.RepositoryRoot(), "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TextSamples))]
    public void Every_PDF_extracted_text_sample_is_detected_as_text(string sample)
    {
        var path = Path.Combine(Sample002LetterTests.RepositoryRoot(), "samples", sample);
        Assert.Equal(SourceFormat.Text, Detect(path, File.ReadAllBytes(path)));
    }

    [Fact]
    public void All_five_text_samples_are_checked()
    {
        Assert.Equal(5, TextSamples().Count);
    }

    [Fact]
    public void A_PDF_header_means_PDF_whatever_the_name()
    {
        Assert.Equal(SourceFormat.Pdf, Detect("brief.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj"));
        Assert.Equal(SourceFormat.Text, Detect("brief.txt", "Over het formaat: een bestand begint met %PDF-1.7."));
    }

    [Fact]
    public void A_zip_with_a_main_document_is_DOCX_and_another_zip_is_refused()
    {
        Assert.Equal(SourceFormat.Docx, Detect("brief.bin", new DocxTestDocument().Paragraph("Tekst").Build()));

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("xl/workbook.xml");
        }

        var error = Assert.Throws<PublishInputException>(() => Detect("cijfers.docx", stream.ToArray()));
        Assert.Equal("is a zip archive but not a DOCX", error.Message);
        Assert.Equal("cijfers.docx", error.File);
    }

    [Fact]
    public void A_damaged_zip_goes_to_the_DOCX_reader_only_when_named_docx()
    {
        var docx = new DocxTestDocument().Paragraph("Tekst").Build();
        var truncated = docx[..(docx.Length / 2)];

        Assert.Equal(SourceFormat.Docx, Detect("brief.docx", truncated));
        var error = Assert.Throws<PublishInputException>(() => Detect("brief.zip", truncated));
        Assert.Equal("is a damaged zip archive, not a document", error.Message);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        byte[] withNul = [.. Encoding.ASCII.GetBytes("abc"), 0, .. Encoding.ASCII.GetBytes("def")];
        byte[] controls = [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a'))];

        Assert.Equal("is a binary file, not a document", Assert.Throws<PublishInputException>(() => Detect("x.txt", withNul)).Message);
        Assert.Equal("is a binary file, not a document", Assert.Throws<PublishInputException>(() => Detect("x.md", controls)).Message);
    }

    [Fact]
    public void A_Markdown_extension_means_Markdown()
    {
        Assert.Equal(SourceFormat.Markdown, Detect("brief.md", "Geachte voorzitter,"));
        Assert.Equal(SourceFormat.Markdown, Detect("brief.MARKDOWN", "Geachte voorzitter,"));
    }

    [Fact]
    public void Text_with_clear_Markdown_structure_is_Markdown_whatever_the_name()
    {
        Assert.Equal(SourceFormat.Markdown, Detect("brief.txt", "# Verslag\n\nTekst.\n\n## Inleiding\n\nMeer tekst.\n"));
        Assert.Equal(SourceFormat.Markdown, Detect("brief.txt", "# Verslag\n\nDe NAVO.[^1]\n\n[^1]: Kamerstuk 28676 nr. 350\n"));
        Assert.Equal(SourceFormat.Markdown, Detect("brief", "# Verslag\n\nPunten:\n\n- eerste\n- tweede\n"));
    }

    [Fact]
    public void Plain_text_with_numbered_answers_and_dashes_stays_text()
    {
        var text = "Vragen en antwoorden\n\n1. Antwoord van het kabinet\n\n- gedachtestreepje\n\n2. Antwoord\n#hashtag en [1] verwijzing\n";
        Assert.Equal(SourceFormat.Text, Detect("brief.txt", text));
        Assert.Equal(SourceFormat.Text, Detect("brief.txt", "# Een enkele kop zonder verdere opmaak\n\nTekst.\n"));
    }

    [Fact]
    public void UTF16_text_is_left_to_the_text_reader()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Geachte voorzitter,")];
        Assert.Equal(SourceFormat.Text, Detect("brief.txt", bytes));
    }
}
