using System.Text.Json;
using Json.Schema;

namespace Publish.Cli.Tests;

/// <summary><c>publish segment FILE.pdf</c> and <c>publish inspect FILE.pdf</c> on the real PDFs, and PDFs that cannot be read.</summary>
public class PdfCommandTests
{
    // A registry of its own: the contract's $id is already registered globally by the other tests that load it.
    private static readonly JsonSchema Contract =
        JsonSchema.FromFile(Path.Combine(PublishProcess.RepositoryRoot, "docs", "contracts", "document.schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    public static TheoryData<string> Names =>
        new(Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "samples", "pdf"), "*.pdf").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    private static string Pdf(string name) => Path.Combine(PublishProcess.RepositoryRoot, "samples", "pdf", name + ".pdf");

    [Theory]
    [MemberData(nameof(Names))]
    public void Segmenting_each_PDF_writes_json_valid_against_the_contract(string name)
    {
        var (code, stdout, stderr) = PublishProcess.Run("segment", Pdf(name), "--format", "json");

        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var result = Contract.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
        Assert.NotEmpty(document.RootElement.GetProperty("blocks").EnumerateArray());
    }

    [Fact]
    public void A_PDF_block_line_is_the_line_inspect_numbers_where_the_block_starts()
    {
        var segmented = PublishProcess.Run("segment", Pdf("ah-tk-20232024-1999"));
        var inspected = PublishProcess.Run("inspect", Pdf("ah-tk-20232024-1999"), "--json");

        Assert.True(segmented.ExitCode == 0 && inspected.ExitCode == 0, segmented.Stderr + inspected.Stderr);
        using var blocks = JsonDocument.Parse(segmented.Stdout);
        using var layout = JsonDocument.Parse(inspected.Stdout);
        var lines = layout.RootElement.GetProperty("pages").EnumerateArray().SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .ToDictionary(l => l.GetProperty("line").GetInt32(), l => l.GetProperty("text").GetString()!);
        var heading = blocks.RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("text").GetString() == "Mededeling");
        Assert.Equal("Mededeling", lines[heading.GetProperty("line").GetInt32()]);
        Assert.All(blocks.RootElement.GetProperty("blocks").EnumerateArray(), b => Assert.True(lines.ContainsKey(b.GetProperty("line").GetInt32())));
    }

    [Fact]
    public void Segmenting_a_PDF_reports_the_pdf_format_and_its_metadata()
    {
        var (code, stdout, stderr) = PublishProcess.Run("segment", Pdf("ah-tk-20232024-2367"));

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("pdf", json.RootElement.GetProperty("source").GetProperty("format").GetString());
        Assert.Equal("ah-tk-20232024-2367", json.RootElement.GetProperty("metadata").GetProperty("identifier").GetString());
    }

    [Fact]
    public void Inspect_json_lists_every_line_with_role_size_and_position()
    {
        var (code, stdout, stderr) = PublishProcess.Run("inspect", Pdf("ah-tk-20232024-2367"), "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().ToList();
        Assert.Equal(3, pages.Count);
        var lines = pages.SelectMany(p => p.GetProperty("lines").EnumerateArray()).ToList();
        Assert.All(lines, l => Assert.True(l.GetProperty("size").GetDouble() > 0));
        Assert.Contains(lines, l => l.GetProperty("role").GetString() == "running-footer" && l.GetProperty("text").GetString() == "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel");
        Assert.Contains(lines, l => l.GetProperty("role").GetString() == "colophon" && l.GetProperty("text").GetString() == "ah-tk-20232024-2367");
        Assert.Equal(4, lines.Count(l => l.GetProperty("role").GetString() == "footnote-body" && l.GetProperty("raised").GetArrayLength() == 1));
        Assert.Equal(3, lines.Count(l => l.GetProperty("role").GetString() == "page-number"));
    }

    [Fact]
    public void Inspect_as_text_shows_roles_per_page()
    {
        var (code, stdout, stderr) = PublishProcess.Run("inspect", Pdf("ah-tk-20232024-1999"));

        Assert.True(code == 0, stderr);
        Assert.Contains("page 1 (558.4 × 771 pt)", stdout, StringComparison.Ordinal);
        Assert.Contains("footnote-body", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("segment", "%PDF-1.4\nthis is not a PDF body at all", "damaged PDF")]
    [InlineData("inspect", "%PDF-1.4\nthis is not a PDF body at all", "damaged PDF")]
    [InlineData("inspect", "just text, not a PDF", "is not a PDF")]
    public void A_bad_PDF_gives_one_line_exit_1_and_no_output(string command, string content, string message)
    {
        var directory = Directory.CreateTempSubdirectory("publish-pdf-");
        try
        {
            var input = Path.Combine(directory.FullName, "bad.pdf");
            File.WriteAllText(input, content);
            var output = Path.Combine(directory.FullName, "out.json");
            var (code, stdout, stderr) = command == "segment" ? PublishProcess.Run(command, input, "-o", output) : PublishProcess.Run(command, input, "--json");

            Assert.Equal(1, code);
            Assert.Single(stderr.Trim().Split('\n'));
            Assert.Contains(message, stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
            Assert.Empty(stdout);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
