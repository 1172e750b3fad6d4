using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Publish.Ingest;
using Publish.Ingest.Docx;

namespace Publish.Tests.Ingest.Docx;

public class DocxInputErrorTests
{
    private const string ExternalEntityDocument =
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>
        </w:document>
        """;

    private static PublishInputException Refuse(byte[] bytes)
    {
        var error = Assert.Throws<PublishInputException>(() => new DocxSourceReader().Read(new SourceFile("stukken/brief.docx", bytes)));
        Assert.Equal("stukken/brief.docx", error.File);
        Assert.StartsWith("stukken/brief.docx: ", error.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }

    private static byte[] ValidDocx() => new DocxTestDocument().Paragraph("Geachte voorzitter,").Build();

    private static byte[] WithEntry(byte[] docx, string entryName, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entryName)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return stream.ToArray();
    }

    [Fact]
    public void A_file_that_is_not_a_zip_archive_is_refused()
    {
        var error = Refuse(Encoding.UTF8.GetBytes("Geachte voorzitter, dit is platte tekst."));
        Assert.Equal("is not a DOCX (not a zip archive)", error.Message);
    }

    [Fact]
    public void A_truncated_zip_archive_is_refused_as_corrupt()
    {
        var docx = ValidDocx();
        var error = Refuse(docx[..(docx.Length / 2)]);
        Assert.StartsWith("is a corrupt DOCX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_archive_without_a_main_document_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("notities.txt").Open());
            writer.Write("geen document");
        }

        Assert.Equal("is not a DOCX (no main document part)", Refuse(stream.ToArray()).Message);
    }

    [Fact]
    public void A_document_part_with_a_DTD_and_external_entity_is_refused()
    {
        var error = Refuse(WithEntry(ValidDocx(), "word/document.xml", ExternalEntityDocument));
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_DTD_in_an_XML_part_with_an_unusual_name_is_refused_too()
    {
        var error = Refuse(WithEntry(ValidDocx(), "word/hidden.dat", ExternalEntityDocument));
        Assert.Contains("word/hidden.dat", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_part_that_the_package_relationships_do_not_point_to_is_no_main_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
        }

        Assert.Equal("is not a DOCX (no main document part)", Refuse(stream.ToArray()).Message);
    }

    [Fact]
    public void The_OpenXml_SDK_on_its_own_also_refuses_a_DTD_so_the_guard_is_a_second_line()
    {
        using var stream = new MemoryStream(WithEntry(ValidDocx(), "word/document.xml", ExternalEntityDocument));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        Assert.ThrowsAny<XmlException>(() => document.MainDocumentPart!.Document!.Body);
    }

    [Fact]
    public void A_part_that_is_not_well_formed_XML_is_refused_as_corrupt()
    {
        var error = Refuse(WithEntry(ValidDocx(), "word/styles.xml", "<w:styles xmlns:w=\"x\"><w:style>"));
        Assert.StartsWith("is a corrupt DOCX: part 'word/styles.xml' is not well-formed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_main_document_of_the_wrong_kind_is_refused_without_an_SDK_exception_escaping()
    {
        var error = Refuse(WithEntry(ValidDocx(), "word/document.xml", "<?xml version=\"1.0\"?><html><body>geen Word</body></html>"));
        Assert.StartsWith("is a corrupt DOCX (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_DOCX_or_legacy_doc_is_refused_with_a_hint()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        Assert.Contains("password-protected", Refuse(ole).Message, StringComparison.Ordinal);
    }
}
