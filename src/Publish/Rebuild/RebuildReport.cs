using Publish.Documents;
using Publish.Glossary;

namespace Publish.Rebuild;

/// <summary>What one rebuild did, for the Markdown and JSON report and the terminal summary.</summary>
/// <param name="GlossaryVersion">The glossary the project is built with now.</param>
/// <param name="Finished">When the run ended.</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Documents">Documents the change touched, including those an interrupted earlier run finished.</param>
/// <param name="Diffs">The glossary diffs that caused them, one per old version.</param>
/// <param name="Unaffected">Documents brought to the new version without a change (no changed entry in their source).</param>
/// <param name="AlreadyBuilt">Documents that were built with the current glossary before this run.</param>
/// <param name="Pending">Documents this run had to bring to the current glossary.</param>
/// <param name="Outputs">Outputs rendered again because their inputs changed.</param>
/// <param name="Failures">Documents that failed; they keep their old state and are retried by the next run.</param>
/// <param name="Interrupted">True when the run was cancelled; a rerun continues it.</param>
public sealed record RebuildReport(
    string GlossaryVersion,
    DateTimeOffset Finished,
    bool DryRun,
    IReadOnlyList<DocumentRebuildReport> Documents,
    IReadOnlyList<GlossaryDiffResult> Diffs,
    int Unaffected,
    int AlreadyBuilt,
    int Pending,
    IReadOnlyList<OutputRebuilt> Outputs,
    IReadOnlyList<DocumentFailure> Failures,
    bool Interrupted)
{
    /// <summary>True when the run found nothing to do: every document was already built with this glossary, no output stale.</summary>
    public bool NothingToDo => Pending == 0 && Outputs.Count == 0 && Failures.Count == 0;
}

/// <summary>One document's rebuild: segments updated and flagged.</summary>
public sealed record DocumentRebuildReport(string DocumentId, string? GlossaryFrom, string GlossaryTo, IReadOnlyList<SegmentUpdate> Updated, IReadOnlyList<SegmentFlag> Flagged);

/// <summary>A target that followed the glossary; its status is kept.</summary>
public sealed record SegmentUpdate(string SegmentId, IReadOnlyList<string> Entries, string Before, string After, TranslationStatus Status);

/// <summary>A segment set to needs-review, with why; its text is unchanged.</summary>
public sealed record SegmentFlag(string SegmentId, IReadOnlyList<string> Entries, IReadOnlyList<string> Reasons, TranslationStatus PreviousStatus, string Target);

/// <summary>An output written again, relative to the project root.</summary>
public sealed record OutputRebuilt(string DocumentId, string Path, string Renderer);

/// <summary>A document the rebuild could not process, and why.</summary>
public sealed record DocumentFailure(string DocumentId, string Message);
