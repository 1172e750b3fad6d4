using Publish.Documents;

namespace Publish.Projects;

/// <summary>What adding a file did.</summary>
public sealed record IngestResult(string DocumentId, IngestOutcome Outcome, int Segments, int Words, int TranslationsKept, int TranslationsDropped);

public enum IngestOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>
/// <c>publish add</c>: copies a source into the project's <c>sources/</c>, segments it with the project
/// glossary and stores it. A changed version keeps the translations of its unchanged segments, matched by
/// normalised source and context rather than by id, since an inserted paragraph shifts every later id.
/// </summary>
public sealed class ProjectIngest(PublishProject project)
{
    private DocumentPipeline? pipeline;
    private Glossary.Glossary? glossary;

    public IngestResult Add(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!File.Exists(file))
        {
            throw new PublishInputException(file, "file not found");
        }

        var id = Path.GetFileNameWithoutExtension(file);
        var bytes = File.ReadAllBytes(file);
        var relative = Path.Combine(project.Config.Sources, Path.GetFileName(file)).Replace('\\', '/');
        var document = (pipeline ??= CreatePipeline()).Process(relative, bytes);
        var existing = project.Store.FindDocument(id);
        if (existing is not null && existing.SourceSha256 == document.Source.Sha256 && existing.GlossaryVersion == document.Glossary?.Version)
        {
            var segments = project.Store.Segments(id);
            return new IngestResult(id, IngestOutcome.Unchanged, segments.Count, segments.Sum(s => s.Words), project.Store.Translations(id).Count, 0);
        }

        var copy = Path.Combine(project.SourcesPath, Path.GetFileName(file));
        if (!string.Equals(Path.GetFullPath(file), copy, StringComparison.Ordinal))
        {
            IO.AtomicFile.Write(copy, stream => stream.Write(bytes));
        }

        var index = SegmentIndex.Build(document);
        var previous = existing is null ? new Dictionary<string, SegmentTranslation>() : project.Store.Translations(id);
        var kept = existing is null ? [] : Carry(project.Store.Segments(id), previous, index);
        var now = DateTimeOffset.UtcNow;
        var record = new ProjectDocument(id, relative, document.Source.Sha256, document.Glossary?.Version, existing?.Added ?? now, now);
        project.Store.SaveDocument(record, document, index, kept);
        if (glossary is not null)
        {
            // The rebuild diffs against the glossary a document was built with, so that version must stay readable.
            Rebuild.GlossarySnapshot.Keep(project.Store, glossary);
        }

        return new IngestResult(
            id,
            existing is null ? IngestOutcome.Added : IngestOutcome.Updated,
            index.Count,
            index.Sum(s => s.Words),
            kept.Count,
            previous.Count - kept.Count);
    }

    /// <summary>
    /// The old translations that still fit the new segments: first a segment with the same source and the
    /// same neighbours, then one with the same source anywhere; each old segment is used once.
    /// </summary>
    private static List<SegmentTranslation> Carry(IReadOnlyList<StoredSegment> oldSegments, IReadOnlyDictionary<string, SegmentTranslation> oldTranslations, IReadOnlyList<StoredSegment> newSegments)
    {
        var translated = oldSegments.Where(s => oldTranslations.ContainsKey(s.SegmentId)).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var kept = new Dictionary<string, SegmentTranslation>(StringComparer.Ordinal);
        foreach (var inContext in new[] { true, false })
        {
            foreach (var segment in newSegments.Where(s => !kept.ContainsKey(s.SegmentId)))
            {
                var match = translated.FirstOrDefault(old => !used.Contains(old.SegmentId) && old.SourceHash == segment.SourceHash
                    && (!inContext || (old.PreviousHash == segment.PreviousHash && old.NextHash == segment.NextHash)));
                if (match is not null)
                {
                    used.Add(match.SegmentId);
                    kept[segment.SegmentId] = oldTranslations[match.SegmentId] with { SegmentId = segment.SegmentId };
                }
            }
        }

        return kept.Values.ToList();
    }

    private DocumentPipeline CreatePipeline() => (glossary = project.LoadGlossary()) is { } loaded ? new DocumentPipeline(loaded) : new DocumentPipeline();
}
