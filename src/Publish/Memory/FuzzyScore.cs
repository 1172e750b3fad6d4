namespace Publish.Memory;

/// <summary>
/// The documented fuzzy score (docs/translation-memory.md):
/// score = round(100 × (1 − d / max(|a|, |b|))) − p, where d is the edit distance (insertions, deletions,
/// substitutions of whole tokens) between the token sequences with placeables abstracted to their kind, and
/// p is the number of placeables, paired in order, whose literal text differs. Rounding is half away from zero.
/// </summary>
internal static class FuzzyScore
{
    public static int Score(ReadOnlySpan<MatchToken> a, ReadOnlySpan<MatchToken> b)
    {
        var longest = Math.Max(a.Length, b.Length);
        if (longest == 0)
        {
            return 100;
        }

        return FromDistance(Distance(a, b), longest, PlaceablePenalty(a, b));
    }

    /// <summary>The score from its parts: round(100 × (1 − d / L)) − p, at least 0.</summary>
    public static int FromDistance(int distance, int longest, int penalty)
    {
        var raw = (int)Math.Round(100.0 * (1.0 - ((double)distance / longest)), MidpointRounding.AwayFromZero);
        return Math.Max(0, raw - penalty);
    }

    /// <summary>Largest token edit distance that can still reach <paramref name="minimumScore"/> at this length.</summary>
    public static int MaximumDistance(int longest, int minimumScore) =>
        (int)Math.Floor((longest * (100.5 - minimumScore) / 100.0) + 1e-9);

    public static int Distance(ReadOnlySpan<MatchToken> a, ReadOnlySpan<MatchToken> b)
    {
        if (a.Length < b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        Span<int> row = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                var substitution = diagonal + (string.Equals(a[i - 1].Key, b[j - 1].Key, StringComparison.Ordinal) ? 0 : 1);
                row[j] = Math.Min(substitution, Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>Placeables paired in order (the first date with the first date…) whose literal text differs.</summary>
    public static int PlaceablePenalty(ReadOnlySpan<MatchToken> a, ReadOnlySpan<MatchToken> b)
    {
        var penalty = 0;
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !a[i].IsPlaceable)
            {
                i++;
            }

            while (j < b.Length && !b[j].IsPlaceable)
            {
                j++;
            }

            if (i >= a.Length || j >= b.Length)
            {
                return penalty;
            }

            if (!string.Equals(a[i].PlaceableText, b[j].PlaceableText, StringComparison.Ordinal))
            {
                penalty++;
            }

            i++;
            j++;
        }
    }
}
