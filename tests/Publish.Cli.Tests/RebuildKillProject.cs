using System.Security.Cryptography;
using Publish.Documents;
using Publish.Projects;

namespace Publish.Cli.Tests;

/// <summary>
/// A rendered project, built once through the CLI, for the killed-rebuild tests: every sample and a copy of
/// each with its paragraphs in reverse order (10 documents), the starter memory imported, pretranslated, the
/// 003 RBZ sentence reviewed without the rendering, every document rendered (bilingual and English, DOCX and
/// PDF: 40 outputs), then RBZ rendered without "(FAC)". Each test copies it; <see cref="Reference"/> is the
/// state after one uninterrupted <c>publish rebuild</c> of a copy.
/// </summary>
public sealed class RebuildKillProject : IDisposable
{
    private const string Reviewed003 = "The Netherlands made clear at the FAC of 21 March (Parliamentary Paper 21 501-28, no. 240) that it supports the Strategic Compass.";

    private readonly string root = Directory.CreateTempSubdirectory("publish-rebuild-kill-").FullName;

    public RebuildKillProject()
    {
        Prepared = Directory.CreateDirectory(Path.Combine(root, "prepared")).FullName;
        Ok(Prepared, "init", ".");
        var glossary = Directory.CreateDirectory(Path.Combine(Prepared, "glossary")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        var samples = Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var copies = Directory.CreateDirectory(Path.Combine(root, "copies")).FullName;
        foreach (var sample in samples)
        {
            var paragraphs = File.ReadAllText(sample).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Reverse();
            File.WriteAllText(Path.Combine(copies, "reversed-" + Path.GetFileName(sample)), string.Join("\n\n", paragraphs) + "\n");
        }

        Ok(Prepared, ["add", .. samples, .. Directory.GetFiles(copies).Order(StringComparer.Ordinal)]);
        Ok(Prepared, "tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"));
        Ok(Prepared, "pretranslate");
        using (var project = PublishProject.Open(Prepared))
        {
            var rbz = project.Store.Documents().SelectMany(d => project.Store.Segments(d.Id).Select(s => (d.Id, s.SegmentId, s.Source)))
                .First(s => s.Source.Contains("in de Raad Buitenlandse Zaken van 21 maart", StringComparison.Ordinal));
            project.Store.SaveTranslations([new TranslationChange(rbz.Id, new SegmentTranslation(rbz.SegmentId, Reviewed003, TranslationStatus.Reviewed, Origin: TranslationOrigins.Translator, ChangedBy: "anna"))]);
        }

        Ok(Prepared, "render", "--all");
        var eu = Path.Combine(glossary, "eu.tsv");
        File.WriteAllText(eu, File.ReadAllText(eu).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));
        Outputs = OutputHashes(Prepared);

        var reference = Copy("reference");
        Ok(reference, "rebuild");
        Reference = State(reference, Outputs);
        ReferenceReport = ReportDocuments(reference);
    }

    /// <summary>The project just before the rebuild (glossary already changed).</summary>
    public string Prepared { get; }

    /// <summary>The state after one uninterrupted rebuild.</summary>
    public string Reference { get; }

    /// <summary>The "documents" part of the uninterrupted rebuild's JSON report.</summary>
    public string ReferenceReport { get; }

    /// <summary>Output file name → SHA-256 before the rebuild.</summary>
    public Dictionary<string, string> Outputs { get; }

    /// <summary>A fresh copy of the prepared project.</summary>
    public string Copy(string name)
    {
        var target = Path.Combine(root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.GetFiles(Prepared, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Prepared, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>
    /// Everything a rebuild writes, without times: each document's glossary version, translations (status, author,
    /// target) and their history, the memory's units with their history, the build manifest (inputs hash, stale)
    /// and per output file whether it was rewritten and holds what its record says. The renderers' bytes are not
    /// reproducible from one process to the next (DOCX relationship ids, PDF font subset tags and document ids are
    /// random), so two runs are compared on the inputs each output was rendered from, not on its bytes.
    /// </summary>
    public static string State(string directory, IReadOnlyDictionary<string, string> before)
    {
        var lines = new List<string>();
        using var project = PublishProject.Open(directory);
        foreach (var document in project.Store.Documents())
        {
            lines.Add($"document {document.Id} {document.GlossaryVersion}");
            foreach (var segment in project.Store.Segments(document.Id))
            {
                lines.AddRange(project.Store.History(document.Id, segment.SegmentId).Select((h, i) => $"history {document.Id} {segment.SegmentId} {i} {h.Status} {h.ChangedBy} {h.Target}"));
            }

            lines.AddRange(project.Store.Translations(document.Id).Values.Select(t => $"translation {document.Id} {t.SegmentId} {t.Status} {t.ChangedBy} {t.Target}"));
        }

        var records = project.Store.BuildOutputs();
        lines.AddRange(records.Select(r => $"output {r.Path} {r.Renderer} {r.InputsSha256} stale={r.Stale}"));
        var recorded = records.ToDictionary(r => Path.GetFileName(r.Path), r => r.OutputSha256, StringComparer.Ordinal);
        lines.AddRange(OutputHashes(directory).Select(kv =>
            $"file {kv.Key} rewritten={kv.Value != before.GetValueOrDefault(kv.Key)} as-recorded={kv.Value == recorded.GetValueOrDefault(kv.Key)}"));
        using var memory = project.OpenMemory();
        lines.AddRange(memory.EnumerateUnits().Select(u =>
            $"unit {u.Source} {u.PreviousSourceHash} {u.NextSourceHash} → {u.Target} | {string.Join(" | ", memory.History(u.Id).Select(r => r.Target))}"));
        return string.Join('\n', lines.Order(StringComparer.Ordinal));
    }

    /// <summary>Every file in output/ (temporary files included, so a leftover one shows) with its SHA-256.</summary>
    public static Dictionary<string, string> OutputHashes(string directory) =>
        Directory.GetFiles(Path.Combine(directory, "output")).ToDictionary(
            f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The "documents" array of the one JSON report in reports/.</summary>
    public static string ReportDocuments(string directory)
    {
        var json = Assert.Single(Directory.GetFiles(Path.Combine(directory, "reports"), "rebuild-*.json"));
        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        return report.RootElement.GetProperty("documents").GetRawText();
    }

    public static string Ok(string directory, params string[] args)
    {
        var result = ProjectProcess.Run(directory, null, args);
        Assert.True(result.ExitCode == 0, $"publish {string.Join(' ', args)}: {result.Stderr}{result.Stdout}");
        return result.Stdout;
    }

    public void Dispose() => Directory.Delete(root, true);
}
