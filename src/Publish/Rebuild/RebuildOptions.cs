namespace Publish.Rebuild;

/// <summary>How <c>publish rebuild</c> runs.</summary>
public sealed record RebuildOptions
{
    /// <summary>Decide and report, write nothing (no store, memory, output or report file).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Compare with this glossary instead of the one each document records: a stored version ("g-…"), else a
    /// glossary folder or a git revision (as <c>publish glossary diff</c> reads them).
    /// </summary>
    public string? Since { get; init; }

    /// <summary>Documents rebuilt at once; writes are serialised, computing is not.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Finds the renderer an output's manifest record names (null: unknown, reported); outputs are re-rendered with it.</summary>
    public Func<string, IDocumentRenderer?> Renderers { get; init; } = _ => null;

    /// <summary>Test hook: stop after this step and wait for cancellation (<see cref="RebuildPause"/>); null in normal use.</summary>
    public RebuildPause? PauseAt { get; init; }

    /// <summary>Told when the run stops at <see cref="PauseAt"/>, so that a test knows the exact point was reached.</summary>
    public Action<RebuildPause>? Paused { get; init; }
}

/// <summary>The two phases of a rebuild: documents brought to the glossary, then their stale outputs re-rendered.</summary>
public enum RebuildPhase
{
    Documents,
    Outputs,
}

/// <summary>Progress of a rebuild: in a phase, documents (or outputs) done of those to do, and the last one's document.</summary>
public sealed record RebuildProgress(int Done, int Total, string DocumentId, RebuildPhase Phase = RebuildPhase.Documents);
