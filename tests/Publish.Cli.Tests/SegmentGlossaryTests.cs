using System.Text.Json.Nodes;

namespace Publish.Cli.Tests;

/// <summary><c>publish segment</c> annotates with the managed glossary and records its version.</summary>
public class SegmentGlossaryTests
{
    [Fact]
    public void NAVO_in_NAVO_bondgenoten_is_annotated_as_NATO_and_references_get_English_targets()
    {
        var (code, stdout, stderr) = PublishProcess.Run("segment", PublishProcess.Sample("004"), "--format", "json");

        Assert.True(code == 0, stderr);
        var segments = JsonNode.Parse(stdout)!["blocks"]!.AsArray().SelectMany(b => b!["segments"]!.AsArray()).ToList();
        var sentence = segments.First(s => s!["text"]!.GetValue<string>().Contains("NAVO-bondgenoten", StringComparison.Ordinal))!;
        var text = sentence["text"]!.GetValue<string>();
        int at = text.IndexOf("NAVO-bondgenoten", StringComparison.Ordinal);
        var terms = sentence["terms"]!.AsArray().Select(t => (Start: t!["start"]!.GetValue<int>(), Length: t["length"]!.GetValue<int>(), Target: t["target"]!.GetValue<string>())).ToList();
        Assert.Contains((at, 4, "NATO"), terms);
        Assert.Contains(terms, t => t.Start == at + 5 && t.Target == "Allies");

        var kamerstukken = segments.SelectMany(s => s!["placeables"]!.AsArray()).Where(p => p!["kind"]!.GetValue<string>() == "kamerstuk").ToList();
        Assert.Contains(kamerstukken, p => p!["target"]!.GetValue<string>() == "Parliamentary Paper 28 676, No. 430");
    }

    [Fact]
    public void The_output_records_the_glossary_version_that_annotated_it()
    {
        var version = PublishProcess.Run("glossary", "version").Stdout.Trim();

        var (_, stdout, _) = PublishProcess.Run("segment", PublishProcess.Sample("002"));

        Assert.Matches("^g-[0-9a-f]{16}$", version);
        Assert.Equal(version, JsonNode.Parse(stdout)!["glossary"]!["version"]!.GetValue<string>());
    }

    [Fact]
    public void Outside_a_checkout_the_glossary_shipped_with_publish_is_used()
    {
        var elsewhere = Directory.CreateTempSubdirectory("publish-elsewhere-").FullName;
        try
        {
            var (code, stdout, stderr) = PublishProcess.RunIn(elsewhere, "segment", PublishProcess.Sample("002"));

            Assert.True(code == 0, stderr);
            var json = JsonNode.Parse(stdout)!;
            Assert.NotNull(json["glossary"]);
            Assert.Contains(json["blocks"]!.AsArray().SelectMany(b => b!["segments"]!.AsArray()).SelectMany(s => s!["terms"]!.AsArray()), t => t!["target"]!.GetValue<string>() == "NATO");
        }
        finally
        {
            Directory.Delete(elsewhere, true);
        }
    }

    [Fact]
    public void A_glossary_directory_that_does_not_exist_is_an_error()
    {
        var (code, _, stderr) = PublishProcess.Run("segment", PublishProcess.Sample("002"), "--glossary", "no-such-glossary");

        Assert.Equal(1, code);
        Assert.Contains("no-such-glossary: glossary directory not found", stderr, StringComparison.Ordinal);
    }
}
