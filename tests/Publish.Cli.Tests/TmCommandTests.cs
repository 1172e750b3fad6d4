using System.Text.Json;

namespace Publish.Cli.Tests;

/// <summary>The <c>publish tm</c> commands end to end, through the real program.</summary>
public sealed class TmCommandTests : IDisposable
{
    private const string Tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="Tool" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nl-NL" datatype="plaintext"/>
          <body>
            <tu><tuv xml:lang="nl-NL"><seg>Het debat vond plaats op 4 maart 2022.</seg></tuv><tuv xml:lang="en-GB"><seg>The debate took place on 4 March 2022.</seg></tuv></tu>
            <tu><tuv xml:lang="nl-NL"><seg>De minister stuurt de brief morgen naar de Kamer.</seg></tuv><tuv xml:lang="en-GB"><seg>The minister will send the letter to the House tomorrow.</seg></tuv></tu>
          </body>
        </tmx>
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("publish-tm-cli-").FullName;

    private string Memory => Path.Combine(dir, "tm.db");

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Import_lookup_concordance_stats_and_export_work_together()
    {
        var input = Path.Combine(dir, "in.tmx");
        File.WriteAllText(input, Tmx);

        var import = PublishProcess.Run("tm", "import", input, "--tm", Memory);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("2 added", import.Stdout, StringComparison.Ordinal);

        var lookup = PublishProcess.Run("tm", "lookup", "Het debat vond plaats op 12 mei 2023.", "--json", "--tm", Memory);
        Assert.Equal(0, lookup.ExitCode);
        var match = JsonDocument.Parse(lookup.Stdout).RootElement.GetProperty("matches")[0];
        Assert.Equal(99, match.GetProperty("score").GetInt32());
        Assert.Equal("repaired", match.GetProperty("kind").GetString());
        Assert.Equal("The debate took place on 12 May 2023.", match.GetProperty("target").GetString());

        var text = PublishProcess.Run("tm", "lookup", "De minister stuurt de brief vandaag naar de Kamer.", "--tm", Memory);
        Assert.Contains(" 90%  fuzzy", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("[-morgen-] {+vandaag+}", text.Stdout, StringComparison.Ordinal);

        var concordance = PublishProcess.Run("tm", "concordance", "brief", "--tm", Memory);
        Assert.Contains("de ⟦brief⟧ morgen", concordance.Stdout, StringComparison.Ordinal);

        var stats = PublishProcess.Run("tm", "stats", "--tm", Memory);
        Assert.Contains("units:           2", stats.Stdout, StringComparison.Ordinal);

        var output = Path.Combine(dir, "out.tmx");
        Assert.Equal(0, PublishProcess.Run("tm", "export", output, "--tm", Memory).ExitCode);
        Assert.Contains("<seg>The debate took place on 4 March 2022.</seg>", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_tmx_gives_one_line_with_file_and_line_and_imports_nothing()
    {
        var input = Path.Combine(dir, "bad.tmx");
        File.WriteAllText(input, Tmx.Replace("</seg></tuv></tu>\n  </body>", "</seg></tuv></tu>\n  <tu><tuv xml:lang=\"nl-NL\"><seg>Open", StringComparison.Ordinal));

        var (code, stdout, stderr) = PublishProcess.Run("tm", "import", input, "--tm", Memory);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.StartsWith($"publish: error: {input}:", line, StringComparison.Ordinal);
        Assert.Contains("units:           0", PublishProcess.Run("tm", "stats", "--tm", Memory).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_memory_is_reported_as_bad_input()
    {
        File.WriteAllText(Memory, "not a database, just text that is long enough to look like a header.....................");

        var (code, _, stderr) = PublishProcess.Run("tm", "stats", "--tm", Memory);

        Assert.Equal(1, code);
        Assert.Contains($"{Memory}: cannot open as a translation memory", stderr, StringComparison.Ordinal);
    }
}
