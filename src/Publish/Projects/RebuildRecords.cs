using Publish.Documents;

namespace Publish.Projects;

/// <summary>
/// One document's rebuild as the store writes it, in one transaction (docs/rebuild.md).
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="GlossaryVersion">The glossary version the document is built with from now on.</param>
/// <param name="Source">The source re-annotated with that glossary; null when its terms did not change.</param>
/// <param name="Translations">Translations that change (updated target or status); replaced ones go to the history.</param>
/// <param name="Log">What the rebuild did, as JSON for the report; null for a document the change did not touch.</param>
public sealed record RebuildCommit(string DocumentId, string GlossaryVersion, PublishDocument? Source, IReadOnlyList<SegmentTranslation> Translations, RebuildLogDraft? Log);

/// <summary>A rebuild log entry to write: the glossary versions and the document's result as JSON.</summary>
public sealed record RebuildLogDraft(string? GlossaryFrom, string GlossaryTo, string Result);

/// <summary>A stored rebuild log entry.</summary>
public sealed record RebuildLogEntry(long Id, string DocumentId, string? GlossaryFrom, string GlossaryTo, string Result, DateTimeOffset Finished);

/// <summary>
/// One rendered output in the build manifest: the file (relative to the project root), the renderer that made
/// it, the manifest of its inputs (JSON: content hashes of source, translations, glossary entries used,
/// template, renderer version), the hash over those inputs and the SHA-256 of the bytes written.
/// </summary>
public sealed record BuildOutputRecord(string DocumentId, string Path, string Renderer, string Manifest, string InputsSha256, string OutputSha256, bool Stale, DateTimeOffset Built);
