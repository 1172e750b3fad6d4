using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Fuzzy search through the bigram index without scanning the memory (docs/translation-memory.md, "Fuzzy
/// index"). Per admissible unit length n, a unit scoring ≥ s shares at least τ(n) of the query's distinct
/// bigrams (<see cref="FuzzyGrams.RequiredSharedAt"/>); of the k query bigrams that occur in units of length n,
/// it is then in at least one of the k − τ + 1 shortest lists (prefix filtering): only those lists make
/// candidates. Further lists, shortest first, count each candidate's shared bigrams; the count bounds its
/// score from above (<see cref="FuzzyGrams.ScoreBound"/>), so candidates are scored exactly in order of that
/// bound and the search stops once the bound falls below the last of the <c>limit</c> best scores. Lengths are
/// searched nearest first, and once <c>limit</c> units are found the threshold rises to the lowest of their
/// scores. Every filter is lossless: the result equals an exhaustive scan's (FuzzyRecallTests).
/// </summary>
internal sealed class SqliteFuzzySearch(SqliteConnection connection) : IDisposable
{
    // Decoding and counting an id costs a few ns, fetching and scoring a candidate some µs: a further list up to
    // this many times the number of still viable candidates is worth reading to tighten their bounds.
    private const int ExtraListFactor = 100;

    private const string BlocksSql = "SELECT token_count, units FROM fuzzy_block WHERE gram = ?1 AND token_count BETWEEN ?2 AND ?3";

    private readonly FuzzyCandidates candidates = new();
    private readonly SqliteCandidateScorer scorer = new(connection);
    private sqlite3_stmt? blocks;

    // The blocks a search reads, copied one after another out of SQLite's buffers (the lists' segments point into
    // it): one array reused by every search instead of an array per block.
    private byte[] arena = new byte[1 << 20];
    private int arenaUsed;

    public IReadOnlyList<ScoredUnit> Find(string normalizedQuery, int minimumScore, int limit)
    {
        var query = MatchTokenizer.Tokenize(normalizedQuery);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var grams = FuzzyGrams.Of(query);
        var distinct = grams.Distinct().ToArray();
        var repeated = grams.Length - distinct.Length;
        var (lowest, highest) = FuzzyGrams.LengthRange(query.Length, minimumScore);
        // One read transaction for the whole search: one snapshot of lists and units, and one WAL read lock
        // instead of one per statement (each was a pair of fcntl calls).
        using var snapshot = connection.BeginTransaction(deferred: true);
        var byLength = new SortedDictionary<int, List<GramList>>();
        arenaUsed = 0;
        foreach (var gram in distinct)
        {
            ReadLists(gram, lowest, highest, byLength);
        }

        // Lengths nearest the query's first: their units can score highest (the bound falls with |m − n|). Once
        // `limit` units are scored, a unit must reach the last of them to matter, so the threshold rises to that
        // score: later lengths need more shared bigrams (a shorter prefix, fewer candidates) or drop out.
        var threshold = minimumScore;
        var best = new List<(long Id, int Score)>();
        var ranked = new List<(long Id, int Bound)>();
        var queryHash = SegmentNormalizer.HashNormalized(normalizedQuery);
        foreach (var (length, lists) in byLength.OrderBy(l => Math.Abs(l.Key - query.Length)).ThenBy(l => l.Key))
        {
            var required = FuzzyGrams.RequiredSharedAt(query.Length, length, threshold, repeated);
            if (required == 0 || lists.Count < required)
            {
                continue;
            }

            try
            {
                Filter(lists, length, required, query.Length, repeated, threshold, ranked);
            }
            finally
            {
                candidates.Clear();
            }

            ranked.Sort((a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : b.Id.CompareTo(a.Id));
            scorer.Score(ranked, query, queryHash, threshold, limit, best);
            ranked.Clear();
            if (best.Count == limit)
            {
                threshold = Math.Max(threshold, best[^1].Score);
            }
        }

        var found = scorer.Load(best, snapshot);
        snapshot.Commit();
        return found;
    }

    /// <summary>
    /// Candidates of one length: the query's lists that hold units of this length number <c>lists.Count</c>
    /// (the others are empty), so a unit sharing τ of them is in one of the <c>lists.Count − τ + 1</c> shortest.
    /// </summary>
    private void Filter(List<GramList> lists, int length, int required, int queryTokens, int repeated, int minimumScore, List<(long Id, int Bound)> ranked)
    {
        lists.Sort((a, b) => a.Count.CompareTo(b.Count));
        var prefixLength = lists.Count - required + 1;
        var start = candidates.Touched.Count;
        var read = 0;
        foreach (var list in lists)
        {
            // Units that can still reach τ with every unread list: a further list is read only while it is short
            // next to them (decoding an id costs a few ns, scoring a candidate some µs).
            if (read >= prefixLength && list.Count > ExtraListFactor * candidates.Viable(start, required - (lists.Count - read)))
            {
                break;
            }

            foreach (var (offset, size) in list.Blocks)
            {
                var block = arena.AsSpan(offset, size);
                if (read < prefixLength)
                {
                    candidates.AddCandidates(block, length);
                }
                else
                {
                    candidates.CountHits(block);
                }
            }

            read++;
        }

        // A unit may share any list left unread; counts saturate at 255 (FuzzyCandidates), so for a query with
        // that many bigrams they bound nothing.
        var unread = lists.Count - read;
        var saturates = lists.Count >= byte.MaxValue;
        for (var i = start; i < candidates.Touched.Count; i++)
        {
            var id = candidates.Touched[i].Id;
            var shared = saturates ? lists.Count : candidates.Hits(id) + unread;
            var bound = shared < required ? -1 : FuzzyGrams.ScoreBound(queryTokens, length, shared, repeated);
            if (bound >= minimumScore)
            {
                ranked.Add((id, bound));
            }
        }
    }

    public void Dispose()
    {
        blocks?.Dispose();
        blocks = null;
        scorer.Dispose();
    }

    /// <summary>One bigram's posting blocks for the admissible token counts, added per token count.</summary>
    private void ReadLists(long gram, int lowest, int highest, SortedDictionary<int, List<GramList>> byLength)
    {
        var db = connection.Handle!;
        if (blocks is null)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, BlocksSql, out var prepared), db);
            blocks = prepared;
        }

        raw.sqlite3_bind_int64(blocks, 1, gram);
        raw.sqlite3_bind_int(blocks, 2, lowest);
        raw.sqlite3_bind_int(blocks, 3, highest);
        try
        {
            GramList? current = null;
            var currentLength = -1;
            int result;
            while ((result = raw.sqlite3_step(blocks)) == raw.SQLITE_ROW)
            {
                var length = raw.sqlite3_column_int(blocks, 0);
                var block = raw.sqlite3_column_blob(blocks, 1);
                if (current is null || length != currentLength)
                {
                    if (!byLength.TryGetValue(length, out var lists))
                    {
                        byLength[length] = lists = [];
                    }

                    current = new GramList();
                    currentLength = length;
                    lists.Add(current);
                }

                current.Blocks.Add((Keep(block), block.Length));
                current.Count += PostingBlock.Count(block);
            }

            SqliteException.ThrowExceptionForRC(result == raw.SQLITE_DONE ? raw.SQLITE_OK : result, db);
        }
        finally
        {
            raw.sqlite3_reset(blocks);
        }
    }

    /// <summary>Copies a block into the arena; returns where it starts.</summary>
    private int Keep(ReadOnlySpan<byte> block)
    {
        if (arenaUsed + block.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + block.Length));
        }

        block.CopyTo(arena.AsSpan(arenaUsed));
        arenaUsed += block.Length;
        return arenaUsed - block.Length;
    }

    /// <summary>The blocks of one bigram for one token count, as (offset, length) in the arena.</summary>
    private sealed class GramList
    {
        public List<(int Offset, int Length)> Blocks { get; } = [];

        public long Count { get; set; }
    }
}
