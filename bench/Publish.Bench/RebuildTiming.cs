using System.Diagnostics;
using System.Globalization;
using Publish.Documents;
using Publish.Projects;
using Publish.Rebuild;
using Publish.Rendering;

namespace Publish.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Publish.Bench -- rebuild-timing [DOCUMENTS]</c>: a project of generated
/// documents (paragraphs of the samples, shuffled), every segment translated with its terms' English, each
/// rendered as English PDF and bilingual DOCX through <see cref="ProjectRenderer"/> (so the build manifest knows
/// the outputs); then the RBZ rendering changed and <see cref="ProjectRebuild"/> timed, re-rendering included.
/// Checks that no output of a document whose translations did not change was rewritten (bytes and timestamp),
/// and that a second run finds nothing to do.
/// </summary>
internal static class RebuildTiming
{
    public const string Command = "rebuild-timing";

    // A fixed date: the renderers print it, and "today" would make the bytes depend on the day the bench runs.
    private static readonly RenderOptions RenderBase = new() { Date = new DateOnly(2025, 3, 21) };

    public static void Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        var root = Directory.CreateTempSubdirectory("publish-rebuild-bench-").FullName;
        try
        {
            using var project = PublishProject.Init(root);
            var clock = Stopwatch.StartNew();
            Generate(project, root, count);
            Console.WriteLine(Invariant($"built {count} documents in {clock.Elapsed.TotalSeconds:F1} s"));

            var renderer = new ProjectRenderer(project);
            var ids = project.Store.Documents().Select(d => d.Id).ToList();
            var jobs = ProjectRenderer.Plan(ids, [RenderLayout.English], [RenderFormat.Pdf])
                .Concat(ProjectRenderer.Plan(ids, [RenderLayout.Bilingual], [RenderFormat.Docx])).ToList();
            clock.Restart();
            var rendered = renderer.Render(jobs, project.OutputPath, RenderBase);
            Console.WriteLine(Invariant($"rendered {rendered.Count(r => r.Written)} outputs ({rendered.Count(r => r.Error is not null)} failed) in {clock.Elapsed.TotalSeconds:F1} s"));
            var before = OutputFiles.Snapshot(project.OutputPath);

            var tsv = Path.Combine(project.GlossaryPath, "eu.tsv");
            File.WriteAllText(tsv, File.ReadAllText(tsv).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));
            using var memory = project.OpenMemory();
            var options = new RebuildOptions { Renderers = renderer.Renderers(RenderBase) };
            clock.Restart();
            var report = new ProjectRebuild(project, memory).Run(options);
            var elapsed = clock.Elapsed;
            Console.WriteLine(Invariant($"rebuild with re-rendering: {elapsed.TotalSeconds:F2} s; {RebuildReportMarkdown.Summary(report)}"));
            Check(report, before, OutputFiles.Snapshot(project.OutputPath));

            clock.Restart();
            var again = new ProjectRebuild(project, memory).Run(options);
            Console.WriteLine(Invariant($"second rebuild: {clock.Elapsed.TotalSeconds:F2} s; {RebuildReportMarkdown.Summary(again)}"));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    private static void Generate(PublishProject project, string root, int count)
    {
        var glossary = Directory.CreateDirectory(project.GlossaryPath).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        var paragraphs = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 40).ToList();
        var random = new Random(8);
        var sources = Directory.CreateDirectory(Path.Combine(root, "generated")).FullName;
        var ingest = new ProjectIngest(project);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(sources, $"doc{i:D4}.txt");
            File.WriteAllText(path, string.Join("\n\n", Enumerable.Range(0, 12).Select(_ => paragraphs[random.Next(paragraphs.Count)])) + "\n");
            var id = ingest.Add(path).DocumentId;
            var changes = project.Store.LoadSource(id).Segments
                .Select(s => new TranslationChange(id, new SegmentTranslation(s.Id, string.Join("; ", s.Terms.Select(t => t.Target).Append("text")), TranslationStatus.Translated, Origin: TranslationOrigins.Translator)))
                .ToList();
            project.Store.SaveTranslations(changes);
        }
    }

    /// <summary>Prints what the rebuild did to the files, and whether any output of an unchanged document was rewritten.</summary>
    private static void Check(RebuildReport report, Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changedDocuments = report.Documents.Where(d => d.Updated.Count + d.Flagged.Count > 0).Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
        var rewritten = before.Keys.Where(f => after[f] != before[f]).ToList();
        var untouched = before.Count - rewritten.Count;
        var wrongly = rewritten.Where(f => !changedDocuments.Contains(OutputFiles.DocumentOf(f))).ToList();
        var updatedDocuments = report.Documents.Where(d => d.Updated.Count > 0).Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
        var missed = before.Keys.Where(f => updatedDocuments.Contains(OutputFiles.DocumentOf(f)) && after[f] == before[f]).ToList();
        Console.WriteLine(Invariant($"documents re-annotated: {report.Documents.Count}; segments updated: {report.Documents.Sum(d => d.Updated.Count)}, flagged: {report.Documents.Sum(d => d.Flagged.Count)}"));
        Console.WriteLine(Invariant($"outputs re-rendered (rewritten): {report.Outputs.Count}; files rewritten: {rewritten.Count}; untouched (same bytes and timestamp): {untouched} of {before.Count}"));
        Console.WriteLine(Invariant($"outputs of documents without a changed segment rewritten: {wrongly.Count}; outputs of updated documents left unchanged: {missed.Count}"));
        if (wrongly.Count > 0 || missed.Count > 0 || report.Failures.Count > 0)
        {
            throw new InvalidOperationException($"rebuild check failed: {string.Join(", ", wrongly.Concat(missed).Take(5))} {string.Join("; ", report.Failures.Take(3))}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static class OutputFiles
    {
        /// <summary>File name → SHA-256 and last write time (UTC ticks): what "not rewritten" is checked on.</summary>
        public static Dictionary<string, string> Snapshot(string folder) =>
            Directory.GetFiles(folder).ToDictionary(
                f => Path.GetFileName(f),
                f => $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f).Ticks}",
                StringComparer.Ordinal);

        /// <summary>The document of an output named <c>ID.LAYOUT.EXT</c>.</summary>
        public static string DocumentOf(string fileName) => fileName[..fileName.IndexOf('.', StringComparison.Ordinal)];
    }
}
