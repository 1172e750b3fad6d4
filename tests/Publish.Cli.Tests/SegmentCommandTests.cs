using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Publish.Cli.Tests;

public class SegmentCommandTests
{
    private static readonly JsonSchema Contract =
        JsonSchema.FromFile(Path.Combine(PublishProcess.RepositoryRoot, "docs", "contracts", "document.schema.json"));

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Segmenting_a_sample_writes_json_valid_against_the_contract(string sample)
    {
        var (code, stdout, stderr) = PublishProcess.Run("segment", PublishProcess.Sample(sample), "--format", "json");

        Assert.True(code == 0, stderr);
        AssertValid(stdout);
    }

    [Fact]
    public void Text_format_shows_one_segment_per_line_with_its_id_and_block_kind()
    {
        var (code, stdout, _) = PublishProcess.Run("segment", PublishProcess.Sample("002"), "--format", "text");

        Assert.Equal(0, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal("b1.s1\tsalutation\tGeachte voorzitter,", lines[0]);
        Assert.All(lines, l => Assert.Matches(@"^b\d+\.s\d+\t[a-z-]+( \S+)?( \(.+\))?\t\S", l));
    }

    [Fact]
    public void Several_inputs_give_an_array_of_documents()
    {
        var (code, stdout, _) = PublishProcess.Run("segment", PublishProcess.Sample("000"), PublishProcess.Sample("002"));

        Assert.Equal(0, code);
        var array = JsonNode.Parse(stdout)!.AsArray();
        Assert.Equal(2, array.Count);
        Assert.All(array, d => AssertValid(d!.ToJsonString()));
    }

    [Fact]
    public void An_output_directory_receives_one_file_per_input()
    {
        var dir = Path.Combine(Path.GetTempPath(), "publish-cli-" + Guid.NewGuid().ToString("N")) + "/";
        try
        {
            var (code, _, stderr) = PublishProcess.Run("segment", PublishProcess.Sample("000"), PublishProcess.Sample("004"), "-o", dir);

            Assert.True(code == 0, stderr);
            var files = Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).Order().ToArray();
            Assert.Equal(["000_2b6b90faf971b57b.json", "004_938116419a6a225b.json"], files);
            AssertValid(File.ReadAllText(Path.Combine(dir, files[0]!)));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, true);
            }
        }
    }

    [Fact]
    public void The_same_input_gives_byte_identical_output()
    {
        var first = PublishProcess.Run("segment", PublishProcess.Sample("003")).Stdout;
        var second = PublishProcess.Run("segment", PublishProcess.Sample("003")).Stdout;

        Assert.Equal(first, second);
    }

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Contract.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }
}
