namespace Publish.Memory.Sqlite;

/// <summary>
/// Token bigrams of a fuzzy token sequence, padded with a start and an end mark so that an n-token sentence
/// has n + 1 bigrams and the count filter below holds for every length (Ukkonen's q-gram lemma, q = 2):
/// two sequences at token edit distance d share at least max(m, n) + 1 − 2d bigrams.
/// </summary>
internal static class FuzzyGrams
{
    private const string Start = "\u0003^";
    private const string End = "\u0003$";

    /// <summary>The bigram hashes, one per position (duplicates kept).</summary>
    public static long[] Of(ReadOnlySpan<MatchToken> tokens)
    {
        var grams = new long[tokens.Length + 1];
        var previous = Start;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var current = i < tokens.Length ? tokens[i].Key : End;
            grams[i] = Hash(previous, current);
            previous = current;
        }

        return grams;
    }

    /// <summary>
    /// How many distinct bigrams a unit must share with an m-token query to possibly score ≥ minimumScore.
    /// A score ≥ s needs d ≤ f·L with f = (100.5 − s) / 100 and L = max(m, n) ≥ m, so the shared count is at
    /// least L(1 − 2f) + 1 ≥ m(1 − 2f) + 1. A bigram repeated in the query counts once in a set, so each
    /// repetition lowers the bound by one. Below 51 the lemma bounds nothing and one shared bigram is required.
    /// </summary>
    public static int RequiredSharedDistinct(int queryTokens, int minimumScore, int repeatedGrams)
    {
        var f = (100.5 - minimumScore) / 100.0;
        var multiset = (int)Math.Ceiling((queryTokens * (1 - (2 * f))) + 1 - 1e-9);
        return Math.Max(1, multiset - repeatedGrams);
    }

    /// <summary>Token counts a unit can have and still reach the score: d ≥ |m − n| and d ≤ f·max(m, n).</summary>
    public static (int Lowest, int Highest) LengthRange(int queryTokens, int minimumScore)
    {
        var f = (100.5 - minimumScore) / 100.0;
        var lowest = (int)Math.Ceiling((queryTokens * (1 - f)) - 1e-9);
        var highest = f >= 1 ? int.MaxValue : (int)Math.Floor((queryTokens / (1 - f)) + 1e-9);
        return (Math.Max(0, lowest), highest);
    }

    // FNV-1a, 64 bits: stable across processes and .NET versions, unlike string.GetHashCode.
    private static long Hash(string first, string second)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ 0) * 1099511628211UL;
        foreach (var c in second)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
