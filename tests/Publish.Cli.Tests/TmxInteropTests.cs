using System.Diagnostics;
using Publish.Memory.Sqlite;

namespace Publish.Cli.Tests;

/// <summary>
/// Our TMX 1.4b export read by Translate Toolkit, and Translate Toolkit's TMX (which starts with
/// <c>&lt;!DOCTYPE tmx SYSTEM "tmx14.dtd"&gt;</c>) imported back: every unit and target intact. The tool is
/// required, not optional: the test installs it when missing (as root), and without it fails rather than skips.
/// </summary>
public sealed class TmxInteropTests : IDisposable
{
    /// <summary>TTK 3.8 ships po2tmx but no tmx2po, so the TMX→PO step uses its own storage classes.</summary>
    private const string TmxToPo = """
        import sys
        from translate.storage import factory, po
        out = po.pofile()
        for unit in factory.getobject(sys.argv[1]).units:
            if not unit.isheader():
                out.addsourceunit(unit.source).target = unit.target
        out.savefile(sys.argv[2])
        """;

    private const string Escapes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="Test" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nl-NL" datatype="plaintext"/>
          <body>
            <tu><tuv xml:lang="nl-NL"><seg>Artikel 3 &amp; 4 &lt;geldt&gt; "niet" in ’s-Hertogenbosch.</seg></tuv><tuv xml:lang="en-GB"><seg>Articles 3 &amp; 4 &lt;do not&gt; apply in ’s-Hertogenbosch.</seg></tuv></tu>
          </body>
        </tmx>
        """;

    private readonly string dir = Directory.CreateTempSubdirectory("publish-tmx-interop-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Translate_toolkit_reads_our_export_and_its_tmx_imports_back_with_every_unit_and_target_intact()
    {
        var po2tmx = RequireTool("po2tmx");
        var pocount = RequireTool("pocount");
        var first = Path.Combine(dir, "first.db");
        var escapes = Path.Combine(dir, "escapes.tmx");
        File.WriteAllText(escapes, Escapes);
        Publish("tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"), "--tm", first);
        Publish("tm", "import", escapes, "--tm", first);
        var expected = Pairs(first);
        var exported = Path.Combine(dir, "out.tmx");
        Publish("tm", "export", exported, "--tm", first);

        Assert.Equal((expected.Count, 0), TranslatedAndUntranslated(pocount, exported));
        var po = Path.Combine(dir, "out.po");
        var python = Interpreter(po2tmx);
        Run(python.Program, [.. python.Arguments, "-c", TmxToPo, exported, po]);
        Assert.Equal((expected.Count, 0), TranslatedAndUntranslated(pocount, po));
        var back = Path.Combine(dir, "back.tmx");
        Run(po2tmx, [po, back, "-l", "en-GB", "--source-language", "nl-NL"]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", File.ReadAllText(back), StringComparison.Ordinal);
        var second = Path.Combine(dir, "second.db");
        Publish("tm", "import", back, "--tm", second);

        Assert.Equal(expected, Pairs(second));
    }

    /// <summary>pocount --csv: the second line holds the counts; field 1 is translated, field 6 untranslated messages.</summary>
    private static (int Translated, int Untranslated) TranslatedAndUntranslated(string pocount, string file)
    {
        var fields = Run(pocount, ["--csv", file]).Split('\n')[1].Split(',');
        return (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[6], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static SortedSet<(string Source, string Target)> Pairs(string memoryPath)
    {
        using var memory = SqliteTranslationMemory.Open(memoryPath);
        return new SortedSet<(string, string)>(memory.EnumerateUnits().Select(u => (u.Source, u.Target)));
    }

    private static void Publish(params string[] args)
    {
        var (exitCode, stdout, stderr) = PublishProcess.Run(args);
        Assert.True(exitCode == 0, $"publish {string.Join(' ', args)}: {stdout}{stderr}");
    }

    private static string RequireTool(string name) => SystemTools.Require(name, "translate-toolkit");

    /// <summary>The Python that runs the toolkit's scripts, from po2tmx's #! line (a pyenv python may lack the module).</summary>
    private static (string Program, string[] Arguments) Interpreter(string script)
    {
        var shebang = File.ReadLines(script).First();
        Assert.StartsWith("#!", shebang, StringComparison.Ordinal);
        var words = shebang[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (words[0], words[1..]);
    }

    private static string Run(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{program} did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
