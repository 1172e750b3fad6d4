using Publish.Documents;
using Publish.Interchange.Tmx;
using Publish.Memory.Sqlite;
using Publish.Projects;
using Publish.Rebuild;

namespace Publish.Tests.Rebuild;

/// <summary>
/// A project built as a translator would: init, the repository glossary copied in, every sample added, the
/// starter memory imported into the project memory, pretranslated. Deleted afterwards.
/// </summary>
internal sealed class RebuildProject : IDisposable
{
    public RebuildProject()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("publish-rebuild-").FullName;
        Project = PublishProject.Init(Directory);
        var glossary = System.IO.Directory.CreateDirectory(Project.GlossaryPath).FullName;
        foreach (var file in System.IO.Directory.GetFiles(Path.Combine(Samples.Root, "glossary"), "*.tsv"))
        {
            File.Copy(file, Path.Combine(glossary, Path.GetFileName(file)));
        }

        var ingest = new ProjectIngest(Project);
        foreach (var sample in System.IO.Directory.GetFiles(Path.Combine(Samples.Root, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            ingest.Add(sample);
        }

        Memory = Project.OpenMemory();
        TmxImporter.Import(Path.Combine(Samples.Root, "samples", "starter-memory.tmx"), Memory);
        var pretranslator = new Pretranslator(Store, Memory);
        foreach (var document in Store.Documents())
        {
            pretranslator.Run(document.Id);
        }
    }

    public string Directory { get; }

    public PublishProject Project { get; }

    public SqliteTranslationMemory Memory { get; }

    public IProjectStore Store => Project.Store;

    /// <summary>Sets the English of a glossary entry in the project's glossary folder (the <c>en</c> column).</summary>
    public void SetRendering(string entryId, string english)
    {
        foreach (var file in System.IO.Directory.GetFiles(Project.GlossaryPath, "*.tsv"))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var cells = lines[i].Split('\t');
                if (cells[0] == entryId)
                {
                    cells[3] = english;
                    lines[i] = string.Join('\t', cells);
                    File.WriteAllLines(file, lines);
                    return;
                }
            }
        }

        throw new InvalidOperationException("no glossary entry " + entryId);
    }

    public RebuildReport Rebuild(RebuildOptions? options = null, IProgress<RebuildProgress>? progress = null, CancellationToken cancellation = default) =>
        new ProjectRebuild(Project, Memory).Run(options ?? new RebuildOptions(), progress, cancellation);

    /// <summary>Every document's glossary version and every translation: the state two runs are compared on.</summary>
    public string State() => string.Join('\n', Store.Documents().SelectMany(d =>
        Store.Translations(d.Id).Values.OrderBy(t => t.SegmentId, StringComparer.Ordinal)
            .Select(t => $"{d.Id} {d.GlossaryVersion} {t.SegmentId} {t.Status} {t.Target}")));

    /// <summary>Every translation's status and target, keyed by "document segment".</summary>
    public Dictionary<string, string> Targets() => Store.Documents()
        .SelectMany(d => Store.Translations(d.Id).Values.Select(t => (Key: $"{d.Id} {t.SegmentId}", Value: $"{t.Status} {t.Target}")))
        .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The id of the first segment (document, segment) whose source contains <paramref name="text"/>.</summary>
    public (string Document, string Segment, string Source) Find(string text) => Store.Documents()
        .SelectMany(d => Store.Segments(d.Id).Select(s => (d.Id, s.SegmentId, s.Source)))
        .First(s => s.Source.Contains(text, StringComparison.Ordinal));

    public void SetTranslation(string document, string segment, string target, TranslationStatus status) =>
        Store.SaveTranslations([new TranslationChange(document, new SegmentTranslation(segment, target, status, Origin: TranslationOrigins.Translator, ChangedBy: "anna"))]);

    public void Dispose()
    {
        Memory.Dispose();
        Project.Dispose();
        System.IO.Directory.Delete(Directory, true);
    }
}
