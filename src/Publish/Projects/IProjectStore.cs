using Publish.Documents;

namespace Publish.Projects;

/// <summary>
/// The storage side of a project, kept narrow so that a shared server store (PostgreSQL) can stand in for
/// the embedded SQLite one: documents as they were segmented, their segments with source hashes, and the
/// translations with their history. Every write is one transaction.
/// </summary>
public interface IProjectStore : IDisposable
{
    /// <summary>The project's documents in the order they were first added.</summary>
    IReadOnlyList<ProjectDocument> Documents();

    ProjectDocument? FindDocument(string documentId);

    /// <summary>The source document as it was segmented when added.</summary>
    /// <exception cref="KeyNotFoundException">No such document.</exception>
    PublishDocument LoadSource(string documentId);

    /// <summary>The source document with the English of its segments: what renderers and exports read.</summary>
    /// <exception cref="KeyNotFoundException">No such document.</exception>
    TranslatedDocument LoadTranslated(string documentId);

    /// <summary>The document's segments in reading order.</summary>
    IReadOnlyList<StoredSegment> Segments(string documentId);

    /// <summary>The translations of the document's segments, keyed by segment id; untranslated segments have none.</summary>
    IReadOnlyDictionary<string, SegmentTranslation> Translations(string documentId);

    /// <summary>
    /// Adds a document or replaces one (a new version): its record, its segments and the translations to
    /// keep, in one transaction. Translations of the old version not in <paramref name="translations"/>
    /// move to the history.
    /// </summary>
    void SaveDocument(ProjectDocument document, PublishDocument source, IReadOnlyList<StoredSegment> segments, IReadOnlyList<SegmentTranslation> translations);

    /// <summary>Writes the translations in one transaction; a replaced one moves to the history.</summary>
    /// <exception cref="KeyNotFoundException">A change names a segment the project does not have; nothing is written.</exception>
    void SaveTranslations(IReadOnlyList<TranslationChange> changes);

    /// <summary>Earlier translations of a segment, oldest first.</summary>
    IReadOnlyList<SegmentTranslation> History(string documentId, string segmentId);

    /// <summary>Keeps the entries of a glossary version (TSV text), so a later rebuild can diff against it; a stored version is kept as it is.</summary>
    void SaveGlossarySnapshot(string version, string entries);

    /// <summary>The entries stored for <paramref name="version"/>, or null.</summary>
    string? FindGlossarySnapshot(string version);

    /// <summary>
    /// One document's rebuild in one transaction: the re-annotated source (when given), the changed translations
    /// (replaced ones to the history), the glossary version it is now built with, the log entry, and its
    /// recorded outputs marked stale when a translation or the source changed.
    /// </summary>
    void SaveRebuild(RebuildCommit commit);

    /// <summary>Rebuild log entries to <paramref name="glossaryVersion"/> not yet in a written report, in commit order.</summary>
    IReadOnlyList<RebuildLogEntry> UnreportedRebuilds(string glossaryVersion);

    void MarkReported(IReadOnlyList<long> logIds);

    /// <summary>The build manifest: recorded outputs of one document, or of all when <paramref name="documentId"/> is null.</summary>
    IReadOnlyList<BuildOutputRecord> BuildOutputs(string? documentId = null);

    /// <summary>Records an output as built (not stale), replacing the earlier record of the same path.</summary>
    void SaveBuildOutput(BuildOutputRecord record);
}

/// <summary>A document of the project; <see cref="Id"/> is its file name without extension.</summary>
public sealed record ProjectDocument(string Id, string SourcePath, string SourceSha256, string? GlossaryVersion, DateTimeOffset Added, DateTimeOffset Updated);

/// <summary>
/// A segment as the store indexes it: its source, the hash of the normalised source and of its neighbours
/// (as the translation memory computes them, 0 for none), and its word count.
/// </summary>
public sealed record StoredSegment(string SegmentId, int Ordinal, string Source, long SourceHash, long PreviousHash, long NextHash, int Words);

/// <summary>One translation to write, for a segment of a document.</summary>
public sealed record TranslationChange(string DocumentId, SegmentTranslation Translation);
