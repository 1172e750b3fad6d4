using System.Diagnostics;
using Publish.Memory.Sqlite;

namespace Publish.Cli.Tests;

/// <summary>
/// Our TMX 1.4b export read by Translate Toolkit and by OmegaT, and the TMX each of them writes (starting with
/// <c>&lt;!DOCTYPE tmx SYSTEM "tmx14.dtd"&gt;</c>) imported back: every unit and target intact. The tools are
/// required, not optional: the tests install them when missing (as root), and without them fail rather than skip.
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

    /// <summary>
    /// An OmegaT 3.6 project (Debian's package) whose project memory is our export: OmegaT's console mode writes the
    /// target document from it, and the project TMX it writes alongside imports back with the same pairs.
    /// Paragraph segmentation keeps each of our sentences one OmegaT segment, whatever its own SRX rules say.
    /// </summary>
    [Fact]
    public void Omegat_translates_a_project_from_our_export_and_its_project_tmx_imports_back_intact()
    {
        var omegat = SystemTools.Require("omegat", "omegat");
        var memory = Path.Combine(dir, "memory.db");
        var escapes = Path.Combine(dir, "escapes.tmx");
        File.WriteAllText(escapes, Escapes);
        Publish("tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"), "--tm", memory);
        Publish("tm", "import", escapes, "--tm", memory);

        // Sources with one target each: OmegaT keeps one default translation per source text.
        var pairs = Pairs(memory).GroupBy(pair => pair.Source).Where(group => group.Count() == 1).Select(group => group.Single()).ToList();
        Assert.True(pairs.Count > 100, $"{pairs.Count} sources with one target");
        var project = Path.Combine(dir, "omegat-project");
        foreach (var folder in new[] { "source", "target", "tm", "glossary", "dictionary", "omegat" })
        {
            Directory.CreateDirectory(Path.Combine(project, folder));
        }

        File.WriteAllText(Path.Combine(project, "omegat.project"), OmegatProject);
        File.WriteAllText(Path.Combine(project, "source", "briefing.txt"), string.Join("\n\n", pairs.Select(pair => pair.Source)) + "\n");
        Publish("tm", "export", Path.Combine(project, "omegat", "project_save.tmx"), "--tm", memory);

        Run(omegat, [project, "--mode=console-translate"]);

        // The text filter keeps the document's layout: one target per paragraph, in the sources' order.
        Assert.Equal(string.Join("\n\n", pairs.Select(pair => pair.Target)) + "\n", File.ReadAllText(Path.Combine(project, "target", "briefing.txt")));
        var back = Path.Combine(dir, "from-omegat.db");
        Publish("tm", "import", Path.Combine(project, "omegat-project-omegat.tmx"), "--tm", back);
        Assert.Equal(new SortedSet<(string, string)>(pairs), Pairs(back));
    }

    private const string OmegatProject = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <omegat>
          <project version="1.0">
            <source_dir>__DEFAULT__</source_dir>
            <target_dir>__DEFAULT__</target_dir>
            <tm_dir>__DEFAULT__</tm_dir>
            <glossary_dir>__DEFAULT__</glossary_dir>
            <glossary_file>__DEFAULT__</glossary_file>
            <dictionary_dir>__DEFAULT__</dictionary_dir>
            <source_lang>nl-NL</source_lang>
            <target_lang>en-GB</target_lang>
            <source_tok>org.omegat.tokenizer.LuceneDutchTokenizer</source_tok>
            <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
            <sentence_seg>false</sentence_seg>
            <support_default_translations>true</support_default_translations>
            <remove_tags>false</remove_tags>
          </project>
        </omegat>
        """;

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
