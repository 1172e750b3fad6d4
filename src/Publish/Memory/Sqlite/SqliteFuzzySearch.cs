using Microsoft.Data.Sqlite;

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

    private readonly FuzzyCandidates candidates = new();
    private readonly SqliteCandidateScorer scorer = new(connection);
    private readonly FuzzyListReader listReader = new(connection);

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
        var byLength = listReader.Read(distinct, lowest, highest);

        // Lengths nearest the query's first: their units can score highest (the bound falls with |m − n|). Once
        // `limit` units are scored, a unit must reach the last of them to matter, so the threshold rises to that
        // score: later lengths need more shared bigrams (a shorter prefix, fewer candidates) or drop out.
        var threshold = minimumScore;
        var best = new List<(long Id, int Score)>();
        var ranked = new List<(long Id, int Bound)>();
        var queryHash = SegmentNormalizer.HashNormalized(normalizedQuery);
        scorer.StartSearch(query);
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
            scorer.Score(ranked, queryHash, threshold, limit, best);
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
    private void Filter(List<FuzzyListReader.GramList> lists, int length, int required, int queryTokens, int repeated, int minimumScore, List<(long Id, int Bound)> ranked)
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
                var block = listReader.Block(offset, size);
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
        listReader.Dispose();
        scorer.Dispose();
    }
}
