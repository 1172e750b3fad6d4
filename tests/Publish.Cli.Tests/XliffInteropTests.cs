using System.Diagnostics;
using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Projects;

namespace Publish.Cli.Tests;

/// <summary>
/// XLIFF 1.2 through Translate Toolkit (Debian package translate-toolkit): pocount reads our export, and a
/// translator's work done in PO (xliff2po, edit, po2xliff) imports back with every target intact.
/// </summary>
public sealed partial class XliffInteropTests : IDisposable
{
    private const string Document = "004_938116419a6a225b";
    private readonly string dir = Directory.CreateTempSubdirectory("publish-xliff-ttk-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void A_file_round_tripped_through_translate_toolkit_po_imports_back_with_targets_intact()
    {
        var xliff2po = SystemTools.Require("xliff2po", "translate-toolkit");
        var po2xliff = SystemTools.Require("po2xliff", "translate-toolkit");
        var pocount = SystemTools.Require("pocount", "translate-toolkit");
        Ok(ProjectProcess.Run(dir, null, "init"));
        Ok(ProjectProcess.Run(dir, null, "add", PublishProcess.Sample("004")));
        Ok(ProjectProcess.Run(dir, "g b2.s1\nc On 4 & 5 April 2023 the \"NATO\" ministers met <in Brussels>.\nc Before the FMM, a flag ceremony marked Finland's accession.\nq\n", "translate", "004"));
        var exported = Path.Combine(dir, "004.xlf");
        Ok(ProjectProcess.Run(dir, null, "export", "xliff", "004", "--version", "1.2", "-o", exported));

        var counted = Tool(pocount, "--csv", exported);
        // Columns: file, translated messages, their source and target words, fuzzy messages, …, untranslated messages.
        Assert.Matches(@"(?m)^[^,]*004\.xlf,\s*2,\s*\d+,\s*\d+,\s*0,\s*0,\s*97,", counted);

        var po = Path.Combine(dir, "004.po");
        Tool(xliff2po, exported, po);
        var text = File.ReadAllText(po);
        var filled = EmptyEntryFor("b2.s3").Replace(text, m => m.Value[..^2] + "\"Finland took part as a full member of NATO.\"", 1);
        Assert.NotEqual(text, filled);
        File.WriteAllText(po, filled);
        var back = Path.Combine(dir, "back.xlf");
        Tool(po2xliff, po, back);

        var imported = Ok(ProjectProcess.Run(dir, null, "import", "xliff", back, "--doc", "004"));

        Assert.Contains("1 updated, 2 unchanged", imported, StringComparison.Ordinal);
        using var project = PublishProject.Open(dir);
        var translations = project.Store.Translations(Document);
        Assert.Equal("On 4 & 5 April 2023 the \"NATO\" ministers met <in Brussels>.", translations["b2.s1"].Target);
        Assert.Equal(TranslationOrigins.Translator, translations["b2.s1"].Origin);
        Assert.Equal(("Finland took part as a full member of NATO.", TranslationStatus.Translated), (translations["b2.s3"].Target, translations["b2.s3"].Status));
        Assert.Equal(3, translations.Count);
    }

    // The PO entry whose "#:" location is the segment id, up to its empty msgstr.
    private static Regex EmptyEntryFor(string segmentId) => new($@"#: {Regex.Escape(segmentId)}\n(?:#.*\n)*msgid (?:"".*""\n)+msgstr """"", RegexOptions.CultureInvariant);

    private static string Ok((int ExitCode, string Stdout, string Stderr) result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        return result.Stdout;
    }

    private static string Tool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool}: {stderr.Result}");
        return stdout.Result;
    }
}
