namespace Publish.Memory;

/// <summary>How a match was found; the order is the order of preference.</summary>
public enum MatchKind
{
    /// <summary>Same normalised source and same neighbouring sources: 101.</summary>
    InContext,

    /// <summary>Same normalised source: 100.</summary>
    Exact,

    /// <summary>Sources differ only in placeables and the target was patched with the new placeables' English.</summary>
    Repaired,

    /// <summary>Similar source, scored by token edit distance (docs/translation-memory.md).</summary>
    Fuzzy,
}

/// <summary>
/// A unit offered for a query sentence. <see cref="Target"/> is the text to offer (patched for a repaired
/// match); <see cref="Unit"/> keeps the stored target. <see cref="Diff"/> shows how the query differs from
/// the stored source, word by word.
/// </summary>
public sealed record MemoryMatch(TranslationUnit Unit, int Score, MatchKind Kind, string Target, IReadOnlyList<DiffSpan> Diff)
{
    /// <summary>The score band a translator reads: "101", "100", "95–99", "85–94", "75–84", "50–74" or "&lt;50".</summary>
    public string Band => MatchBands.Of(Score);

    /// <summary>The diff in <c>git diff --word-diff</c> notation: "[-stored-] {+query+}".</summary>
    public string DiffText => WordDiff.Render(Diff);
}

/// <summary>The score bands of issue 5.</summary>
public static class MatchBands
{
    public static string Of(int score) => score switch
    {
        >= 101 => "101",
        100 => "100",
        >= 95 => "95–99",
        >= 85 => "85–94",
        >= 75 => "75–84",
        >= 50 => "50–74",
        _ => "<50",
    };
}

public enum DiffOperation
{
    /// <summary>The words are in both the query and the stored source.</summary>
    Equal,

    /// <summary>The words are in the query only: the stored translation lacks them.</summary>
    Inserted,

    /// <summary>The words are in the stored source only: the stored translation has them and the query does not.</summary>
    Deleted,
}

/// <summary>One run of a word-level diff between the query and a match's source.</summary>
public sealed record DiffSpan(DiffOperation Operation, string Text);

/// <summary>A concordance hit; the highlighted texts mark each found word as ⟦word⟧.</summary>
public sealed record ConcordanceHit(TranslationUnit Unit, string HighlightedSource, string HighlightedTarget);

/// <summary>What a memory holds.</summary>
public sealed record MemoryStatistics(
    long Units,
    long HistoryEntries,
    int SchemaVersion,
    IReadOnlyDictionary<string, long> UnitsByLanguagePair,
    DateTimeOffset? OldestChange,
    DateTimeOffset? NewestChange);
