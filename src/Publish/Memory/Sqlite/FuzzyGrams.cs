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
        ReadOnlySpan<char> previous = Start;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var current = i < tokens.Length ? tokens[i].Key.AsSpan() : End;
            grams[i] = Hash(previous, current);
            previous = current;
        }

        return grams;
    }

    /// <summary>
    /// The same bigrams from the stored form (<see cref="MatchTokenizer.Serialize"/>), sorted and distinct,
    /// without materialising the tokens: the indexer reads a million of them.
    /// </summary>
    public static long[] DistinctOfStored(string stored, int tokenCount)
    {
        var grams = new long[tokenCount + 1];
        var count = 0;
        ReadOnlySpan<char> previous = Start;
        var rest = stored.AsSpan();
        while (count < tokenCount)
        {
            var end = rest.IndexOf(MatchTokenizer.TokenSeparator);
            var token = end < 0 ? rest : rest[..end];
            var literal = token.IndexOf(MatchTokenizer.LiteralMark);
            var key = literal < 0 ? token : token[..literal];
            grams[count++] = Hash(previous, key);
            previous = key;
            rest = end < 0 ? [] : rest[(end + 1)..];
        }

        grams[count] = Hash(previous, End);
        return Distinct(grams);
    }

    /// <summary>Sorted distinct values: a unit's posting lists are sets.</summary>
    public static long[] Distinct(long[] grams)
    {
        Array.Sort(grams);
        var count = 0;
        for (var i = 0; i < grams.Length; i++)
        {
            if (count == 0 || grams[count - 1] != grams[i])
            {
                grams[count++] = grams[i];
            }
        }

        return count == grams.Length ? grams : grams[..count];
    }

    /// <summary>
    /// τ for a unit of n tokens: a score ≥ s allows at most d = ⌊f·L⌋ edits with L = max(m, n) (FuzzyScore's
    /// rounding; <see cref="FuzzyScore.MaximumDistance"/>), so the unit shares at least L + 1 − 2d − r distinct
    /// bigrams, at least one below s = 51. A bigram repeated in the query counts once in a set (the index stores
    /// sets), so each of the r repetitions lowers the bound by one. 0 when the length difference alone exceeds d.
    /// </summary>
    public static int RequiredSharedAt(int queryTokens, int unitTokens, int minimumScore, int repeatedGrams)
    {
        var longest = Math.Max(queryTokens, unitTokens);
        var distance = FuzzyScore.MaximumDistance(longest, minimumScore);
        return Math.Abs(queryTokens - unitTokens) > distance ? 0 : Math.Max(1, longest + 1 - (2 * distance) - repeatedGrams);
    }

    /// <summary>Token counts a unit can have and still reach the score: d ≥ |m − n| and d ≤ f·max(m, n).</summary>
    public static (int Lowest, int Highest) LengthRange(int queryTokens, int minimumScore)
    {
        var f = (100.5 - minimumScore) / 100.0;
        var lowest = (int)Math.Ceiling((queryTokens * (1 - f)) - 1e-9);
        var highest = f >= 1 ? int.MaxValue : (int)Math.Floor((queryTokens / (1 - f)) + 1e-9);
        return (Math.Max(0, lowest), highest);
    }

    /// <summary>
    /// The highest score a unit of n tokens sharing <paramref name="shared"/> distinct bigrams with an m-token
    /// query can reach. The lemma gives shared ≥ L + 1 − 2d − r (r: repeated bigrams of the query, as in
    /// <see cref="RequiredSharedAt"/>), so d ≥ ⌈(L + 1 − r − shared) / 2⌉; also d ≥ |m − n|. The placeable
    /// penalty and the cap at 99 only lower a score, so this bounds the final score from above.
    /// </summary>
    public static int ScoreBound(int queryTokens, int unitTokens, int shared, int repeatedGrams)
    {
        var longest = Math.Max(queryTokens, unitTokens);
        if (longest == 0)
        {
            return 100;
        }

        var byGrams = (longest + 1 - repeatedGrams - shared + 1) / 2;
        var distance = Math.Max(Math.Abs(queryTokens - unitTokens), Math.Max(0, byGrams));
        return (int)Math.Round(100.0 * (1.0 - ((double)distance / longest)), MidpointRounding.AwayFromZero);
    }

    // The two tokens with a 0 between them, so that "ab"+"c" and "a"+"bc" differ (Fnv1a: the index's hashes must not change).
    private static long Hash(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        unchecked((long)Fnv1a.Append(Fnv1a.Append(Fnv1a.Append(Fnv1a.Start, first), '\0'), second));
}
