using System.Text;

namespace Publish.Memory.Sqlite;

/// <summary>
/// <see cref="FuzzyScore.Score"/> of a candidate's stored tokens (<see cref="MatchTokenizer.Serialize"/>, read as
/// UTF-8 straight from SQLite) against the query, without materialising a string or token per candidate: the
/// search scores hundreds of candidates a query. Tokens are compared by a 64-bit hash first and by their
/// characters only when the hashes agree. One instance per search connection; not thread-safe.
/// </summary>
internal sealed class StoredTokenScorer
{
    private char[] text = new char[512];
    private long[] hashes = new long[64];
    private (int Start, int Length)[] keys = new (int, int)[64];
    private (int Start, int Length)[] literals = new (int, int)[64];
    private int[] row = new int[64];
    private MatchToken[] query = [];
    private long[] queryHashes = [];

    /// <summary>Sets the query the next <see cref="Score"/> calls compare with.</summary>
    public void SetQuery(MatchToken[] tokens)
    {
        query = tokens;
        queryHashes = new long[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            queryHashes[i] = Fnv1a.Of(tokens[i].Key);
        }
    }

    public int Score(ReadOnlySpan<byte> storedUtf8)
    {
        if (text.Length < storedUtf8.Length)
        {
            text = new char[storedUtf8.Length * 2];
        }

        var stored = text.AsSpan(0, Encoding.UTF8.GetChars(storedUtf8, text));
        var count = Parse(stored);
        var longest = Math.Max(count, query.Length);
        return longest == 0 ? 100 : FuzzyScore.FromDistance(Distance(stored, count), longest, Penalty(stored, count));
    }

    private int Parse(ReadOnlySpan<char> stored)
    {
        var count = 0;
        var start = 0;
        while (stored.Length > 0 && start <= stored.Length)
        {
            var end = stored[start..].IndexOf(MatchTokenizer.TokenSeparator);
            var token = end < 0 ? stored[start..] : stored.Slice(start, end);
            if (count == hashes.Length)
            {
                Array.Resize(ref hashes, count * 2);
                Array.Resize(ref keys, count * 2);
                Array.Resize(ref literals, count * 2);
            }

            var literal = token.IndexOf(MatchTokenizer.LiteralMark);
            var keyLength = literal < 0 ? token.Length : literal;
            hashes[count] = Fnv1a.Of(token[..keyLength]);
            keys[count] = (start, keyLength);
            literals[count] = literal < 0 ? (-1, 0) : (start + literal + 1, token.Length - literal - 1);
            count++;
            if (end < 0)
            {
                break;
            }

            start += end + 1;
        }

        return count;
    }

    // The same Levenshtein distance over whole tokens as FuzzyScore.Distance (which row is which does not matter).
    private int Distance(ReadOnlySpan<char> stored, int count)
    {
        if (row.Length <= query.Length)
        {
            row = new int[query.Length * 2 + 1];
        }

        for (var j = 0; j <= query.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= count; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            var hash = hashes[i - 1];
            var key = stored.Slice(keys[i - 1].Start, keys[i - 1].Length);
            for (var j = 1; j <= query.Length; j++)
            {
                var above = row[j];
                var equal = hash == queryHashes[j - 1] && key.SequenceEqual(query[j - 1].Key);
                row[j] = Math.Min(diagonal + (equal ? 0 : 1), Math.Min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }

        return row[query.Length];
    }

    // Placeables paired in order, as FuzzyScore.PlaceablePenalty pairs them.
    private int Penalty(ReadOnlySpan<char> stored, int count)
    {
        var penalty = 0;
        var j = 0;
        for (var i = 0; i < count; i++)
        {
            if (literals[i].Start < 0)
            {
                continue;
            }

            while (j < query.Length && !query[j].IsPlaceable)
            {
                j++;
            }

            if (j >= query.Length)
            {
                break;
            }

            if (!stored.Slice(literals[i].Start, literals[i].Length).SequenceEqual(query[j].PlaceableText))
            {
                penalty++;
            }

            j++;
        }

        return penalty;
    }
}
