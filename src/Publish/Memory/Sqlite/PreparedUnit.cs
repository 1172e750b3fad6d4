namespace Publish.Memory.Sqlite;

/// <summary>
/// A unit with everything an insert derives from its source: normalised text, hash and fuzzy tokens.
/// Computed for a whole batch before the write transaction begins, so the CPU-bound placeable recognition
/// runs on every core and outside the write lock that other writers wait for.
/// </summary>
internal sealed record PreparedUnit(TranslationUnit Unit, string Normalized, long Hash, string Tokens, int TokenCount)
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
        var tokens = MatchTokenizer.Tokenize(normalized);
        return new PreparedUnit(unit, normalized, SegmentNormalizer.HashNormalized(normalized), MatchTokenizer.Serialize(tokens), tokens.Length);
    }
}
