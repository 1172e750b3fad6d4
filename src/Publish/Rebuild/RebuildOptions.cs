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

    /// <summary>The renderers outputs recorded in the build manifest are re-rendered with.</summary>
    public IReadOnlyList<IDocumentRenderer> Renderers { get; init; } = [];
}

/// <summary>Progress of a rebuild: documents done of those to look at, and the last one.</summary>
public sealed record RebuildProgress(int Done, int Total, string DocumentId);
