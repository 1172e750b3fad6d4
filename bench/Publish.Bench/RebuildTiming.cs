using System.Diagnostics;
using Publish.Documents;
using Publish.Projects;
using Publish.Rebuild;

namespace Publish.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Publish.Bench -- rebuild-timing [DOCUMENTS]</c>: a project of generated
/// documents (paragraphs of the samples, shuffled), every segment translated with its terms' English, then the
/// RBZ rendering changed and <c>ProjectRebuild</c> timed. A second run must find nothing to do.
/// </summary>
internal static class RebuildTiming
{
    public const string Command = "rebuild-timing";

    public static void Run(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
        var root = Directory.CreateTempSubdirectory("publish-rebuild-bench-").FullName;
        try
        {
            using var project = PublishProject.Init(root);
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
            var clock = Stopwatch.StartNew();
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

            Console.WriteLine($"built {count} documents in {clock.Elapsed.TotalSeconds:F1} s");
            var tsv = Path.Combine(glossary, "eu.tsv");
            File.WriteAllText(tsv, File.ReadAllText(tsv).Replace("\tForeign Affairs Council (FAC)\t", "\tForeign Affairs Council\t", StringComparison.Ordinal));
            using var memory = project.OpenMemory();
            clock.Restart();
            var report = new ProjectRebuild(project, memory).Run(new RebuildOptions());
            var first = clock.Elapsed;
            Console.WriteLine($"rebuild: {first.TotalSeconds:F2} s; {RebuildReportMarkdown.Summary(report)}");
            clock.Restart();
            var again = new ProjectRebuild(project, memory).Run(new RebuildOptions());
            Console.WriteLine($"second rebuild: {clock.Elapsed.TotalSeconds:F2} s; {RebuildReportMarkdown.Summary(again)}");
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
