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
