namespace Publish.Memory.Sqlite;

/// <summary>
/// Counts, per unit, how many of the query's distinct bigrams it holds, in dense arrays indexed by unit id
/// (ids are the table's rowids, so at 1M units the array takes 1 MB and is reused by every search). Only
/// units in a candidate list (<see cref="AddCandidates"/>) are counted further (<see cref="CountHits"/>);
/// a bitmap of the candidates (128 KB at 1M units, so it stays in the CPU cache) answers "is this id a
/// candidate?" for the long further lists, most of whose ids are not. Counts saturate at 255, far above
/// any query's bigram count that matters (a 254-token sentence). One instance per connection; not thread-safe.
/// </summary>
internal sealed class FuzzyCandidates
{
    private byte[] hits = new byte[1024];
    private ulong[] isCandidate = new ulong[1024 / 64];
    private long[] ids = new long[1024];
    private readonly List<(long Id, int TokenCount)> touched = [];

    /// <summary>The candidates with their token counts (each posting block is for one token count).</summary>
    public IReadOnlyList<(long Id, int TokenCount)> Touched => touched;

    public int Hits(long id) => hits[id];

    /// <summary>Counts the ids of a prefix list, making each a candidate.</summary>
    public void AddCandidates(ReadOnlySpan<byte> block, int tokenCount)
    {
        var count = PostingBlock.Decode(block, ref ids);
        if (count > 0 && ids[count - 1] >= hits.Length)
        {
            Grow(ids[count - 1]);
        }

        foreach (var id in ids.AsSpan(0, count))
        {
            if (hits[id] == 0)
            {
                touched.Add((id, tokenCount));
                isCandidate[id >> 6] |= 1UL << (int)(id & 63);
            }

            if (hits[id] < byte.MaxValue)
            {
                hits[id]++;
            }
        }
    }

    /// <summary>Counts the ids of a further list for the units that already are candidates.</summary>
    public void CountHits(ReadOnlySpan<byte> block)
    {
        var count = PostingBlock.Decode(block, ref ids);
        var bits = isCandidate;
        var counts = hits;
        foreach (var id in ids.AsSpan(0, count))
        {
            // An id beyond the arrays was never added, so it is no candidate.
            var word = (ulong)(id >> 6);
            if (word < (ulong)bits.Length && (bits[word] & (1UL << (int)(id & 63))) != 0 && counts[id] < byte.MaxValue)
            {
                counts[id]++;
            }
        }
    }

    /// <summary>How many candidates from <paramref name="start"/> on have at least <paramref name="hitsNeeded"/> hits so far.</summary>
    public long Viable(int start, int hitsNeeded)
    {
        var viable = 0L;
        foreach (var (id, _) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(touched)[start..])
        {
            if (hits[id] >= hitsNeeded)
            {
                viable++;
            }
        }

        return viable;
    }

    /// <summary>Zeroes the counts of this search's candidates for the next search.</summary>
    public void Clear()
    {
        foreach (var (id, _) in touched)
        {
            hits[id] = 0;
            isCandidate[id >> 6] = 0;
        }

        touched.Clear();
    }

    private void Grow(long largestId)
    {
        var size = (int)Math.Max(largestId + 1, hits.Length * 2L);
        Array.Resize(ref hits, size);
        Array.Resize(ref isCandidate, (size + 63) / 64);
    }
}
