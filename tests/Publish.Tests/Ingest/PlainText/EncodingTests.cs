using System.Text;
using Publish.Documents;

namespace Publish.Tests.Ingest.PlainText;

public class EncodingTests
{
    private const string Dutch = "De ministers van Buitenlandse Zaken spraken over Oekraïne en de “collectieve” verdediging – financieel, humanitair en militair.";

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Dutch) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Dutch)] },
        { "UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Dutch)] },
        { "UTF-16 BE with BOM", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Dutch)] },
        { "Windows-1252", Windows1252(Dutch) },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_in_any_supported_encoding_reads_the_same(string encoding, byte[] bytes)
    {
        var doc = new DocumentPipeline().Process(encoding + ".txt", bytes);

        Assert.Equal(Dutch, Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Decomposed_accents_are_composed()
    {
        var doc = new DocumentPipeline().Process("nfd.txt", Encoding.UTF8.GetBytes("Oekrai\u0308ne en coo\u0308rdinatie."));

        Assert.Equal("Oekraïne en coördinatie.", doc.Blocks[0].Text);
    }

    [Fact]
    public void Soft_hyphens_and_double_spaces_from_justified_text_disappear()
    {
        var doc = new DocumentPipeline().Process("soft.txt", Encoding.UTF8.GetBytes("De  leden  van  de  fractie  steunen de veilig\u00ADheids\u00ADsector."));

        Assert.Equal("De leden van de fractie steunen de veiligheidssector.", doc.Blocks[0].Text);
    }

    [Fact]
    public void Bytes_valid_in_neither_encoding_are_refused_with_their_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Eerste regel.\nTweede "), 0x9D, .. Encoding.UTF8.GetBytes(" regel.")];

        var e = Assert.Throws<PublishInputException>(() => new DocumentPipeline().Process("bad.txt", bytes));

        Assert.Equal(2, e.Line);
        Assert.StartsWith("bad.txt:2: ", e.Describe(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })]
    public void Binary_files_are_refused(byte[] bytes)
    {
        var e = Assert.Throws<PublishInputException>(() => new DocumentPipeline().Process("image.txt", bytes));

        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named_in_the_error()
    {
        var e = Assert.Throws<PublishInputException>(() => new DocumentPipeline().Process("/no/such/file.txt"));

        Assert.Equal("/no/such/file.txt: file not found", e.Describe());
    }

    private static byte[] Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text);
    }
}
