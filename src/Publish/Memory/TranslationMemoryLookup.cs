namespace Publish.Memory;

/// <summary>
/// Finds what a memory offers for a sentence: in-context (101) and exact (100) matches by hash, then fuzzy
/// matches from the index; matches differing only in placeables are repaired. Every match carries a
/// word-level diff of its source against the query.
/// </summary>
public sealed class TranslationMemoryLookup(ITranslationMemory memory)
{
    public const int InContextScore = 101;
    public const int ExactScore = 100;

    /// <summary>Matches scoring at least <paramref name="minimumScore"/>, best first.</summary>
    public IReadOnlyList<MemoryMatch> Lookup(string source, string? previousSource = null, string? nextSource = null, int minimumScore = 75, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(source);
        var query = SegmentNormalizer.Normalize(source);
        var hash = SegmentNormalizer.Hash(query);
        var matches = new List<MemoryMatch>();
        var seen = new HashSet<long>();

        if (previousSource is not null || nextSource is not null)
        {
            var previous = previousSource is null ? 0 : SegmentNormalizer.Hash(previousSource);
            var next = nextSource is null ? 0 : SegmentNormalizer.Hash(nextSource);
            foreach (var unit in memory.FindInContext(hash, previous, next).Where(u => SameSource(u, query)))
            {
                seen.Add(unit.Id);
                matches.Add(new MemoryMatch(unit, InContextScore, MatchKind.InContext, unit.Target, WordDiff.Compute(unit.Source, query)));
            }
        }

        foreach (var unit in memory.FindBySourceHash(hash).Where(u => SameSource(u, query) && seen.Add(u.Id)))
        {
            matches.Add(new MemoryMatch(unit, ExactScore, MatchKind.Exact, unit.Target, WordDiff.Compute(unit.Source, query)));
        }

        if (matches.Count < limit)
        {
            foreach (var candidate in memory.FindFuzzy(query, minimumScore, limit + seen.Count))
            {
                if (seen.Add(candidate.Unit.Id))
                {
                    matches.Add(Fuzzy(candidate, query));
                }
            }
        }

        return matches
            .Where(m => m.Score >= minimumScore)
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Kind)
            .ThenByDescending(m => m.Unit.Changed)
            .Take(limit)
            .ToList();
    }

    private static MemoryMatch Fuzzy(ScoredUnit candidate, string query)
    {
        var unit = candidate.Unit;
        var diff = WordDiff.Compute(unit.Source, query);
        return PlaceableRepair.TryRepair(SegmentNormalizer.Normalize(unit.Source), unit.Target, query, out var repaired, out _)
            ? new MemoryMatch(unit, candidate.Score, MatchKind.Repaired, repaired, diff)
            : new MemoryMatch(unit, candidate.Score, MatchKind.Fuzzy, unit.Target, diff);
    }

    private static bool SameSource(TranslationUnit unit, string normalizedQuery) =>
        string.Equals(SegmentNormalizer.Normalize(unit.Source), normalizedQuery, StringComparison.Ordinal);
}
