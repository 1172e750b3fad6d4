using System.IO.Compression;
using System.Text;

namespace Publish.Cli.Tests;

/// <summary>Bad input: one line on stderr naming the file, exit code 1, nothing written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    public static TheoryData<string, string> Cases => new()
    {
        { "missing", "file not found" },
        { "directory", "is a directory" },
        { "empty", "is empty" },
        { "binary", "binary" },
        { "undecodable", "neither UTF-8 nor Windows-1252" },
        { "not-a-zip-docx", "not a DOCX" },
        { "zip-without-main-part", "not a DOCX" },
        { "docx-with-dtd", "DTD" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_one_line_naming_the_file_exit_code_1_and_no_output(string kind, string expected)
    {
        var input = Make(kind);
        var output = Path.Combine(_dir, "out.json");

        var (code, stdout, stderr) = PublishProcess.Run("segment", PublishProcess.Sample("000"), input, "-o", output);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(input, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(output), "nothing may be written when an input is bad");
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void An_undecodable_byte_is_reported_with_its_line()
    {
        var input = Make("undecodable");

        var (_, _, stderr) = PublishProcess.Run("segment", input);

        Assert.Contains(input + ":3:", stderr, StringComparison.Ordinal);
    }

    private string Make(string kind)
    {
        var path = Path.Combine(_dir, kind + (kind.Contains("docx", StringComparison.Ordinal) || kind.Contains("zip", StringComparison.Ordinal) ? ".docx" : ".txt"));
        switch (kind)
        {
            case "missing":
                break;
            case "directory":
                Directory.CreateDirectory(path);
                break;
            case "empty":
                File.WriteAllBytes(path, []);
                break;
            case "binary":
                File.WriteAllBytes(path, [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00]);
                break;
            case "undecodable":
                // 0x81 is invalid UTF-8 and undefined in Windows-1252.
                File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("Eerste regel.\nTweede regel.\nDerde "), 0x81, .. Encoding.UTF8.GetBytes(" regel.\n")]);
                break;
            case "not-a-zip-docx":
                File.WriteAllText(path, "Dit is geen Word-document.");
                break;
            case "zip-without-main-part":
                WriteZip(path, ("word/styles.xml", "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
                break;
            case "docx-with-dtd":
                WriteZip(
                    path,
                    ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                    ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                    ("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"));
                break;
        }

        return path;
    }

    private static void WriteZip(string path, params (string Name, string Content)[] entries)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(content);
        }
    }
}
