namespace Publish.Memory.Sqlite;

/// <summary>
/// A unit with everything a write derives from its source: hash, fuzzy tokens and their distinct bigrams.
/// Computed for a whole batch before the write transaction begins, so the CPU-bound placeable recognition
/// and hashing run on every core and outside the write lock that other writers wait for. An import builds
/// its posting lists from <see cref="Grams"/> (<see cref="StepPostings"/>) instead of reading the tokens back.
/// </summary>
internal sealed record PreparedUnit(TranslationUnit Unit, long Hash, string Tokens, int TokenCount, long[] Grams)
{
    public static PreparedUnit[] Of(IReadOnlyList<TranslationUnit> units)
    {
        var prepared = new PreparedUnit[units.Count];
        // PlaceableRecognizer is thread-safe (see its summary); each index is written by one iteration only.
        Parallel.For(0, units.Count, i => prepared[i] = Prepare(units[i]));
        return prepared;
    }

    private static PreparedUnit Prepare(TranslationUnit unit)
    {
        var normalized = SegmentNormalizer.Normalize(unit.Source);
        var tokens = MatchTokenizer.TokenizeForStorage(normalized, out var count);
        return new PreparedUnit(unit, SegmentNormalizer.HashNormalized(normalized), tokens, count, FuzzyGrams.DistinctOfStored(tokens, count));
    }
}
