using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Fuzzy search through the bigram index without scanning the memory (docs/translation-memory.md, "Fuzzy
/// index"). A unit scoring ≥ s shares at least τ of the query's G distinct bigrams
/// (<see cref="FuzzyGrams.RequiredSharedDistinct"/>), so it is in at least one of any G − τ + 1 of their
/// lists (prefix filtering): candidates come from the G − τ + 1 shortest lists only, restricted by the key
/// to the token counts that can reach s. Further lists, shortest first, count each candidate's shared
/// bigrams; the count bounds its score from above (<see cref="FuzzyGrams.ScoreBound"/>), so candidates are
/// scored exactly in order of that bound and the search stops once the bound falls below the last of the
/// <c>limit</c> best scores. Both filters are lossless: the result equals an exhaustive scan's.
/// </summary>
internal sealed class SqliteFuzzySearch(SqliteConnection connection) : IDisposable
{
    // Decoding and counting an id costs a few ns, fetching and scoring a candidate some µs: a further list up to
    // this many times the number of still viable candidates is worth reading to tighten their bounds.
    private const int ExtraListFactor = 100;

    private readonly FuzzyCandidates candidates = new();
    private SqliteCommand? blocks;
    private SqliteCommand? tokens;
    private SqliteCommand? unit;

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
        var required = FuzzyGrams.RequiredSharedDistinct(query.Length, minimumScore, repeated);
        var (lowest, highest) = FuzzyGrams.LengthRange(query.Length, minimumScore);
        var lists = distinct.Select(g => ReadList(g, lowest, highest)).OrderBy(l => l.Count).ToList();
        var prefixLength = Math.Max(1, distinct.Length - required + 1);

        var ranked = new List<(long Id, int Bound)>();
        try
        {
            var read = 0;
            var viable = long.MaxValue;
            foreach (var list in lists)
            {
                if (read >= prefixLength)
                {
                    // Units that can still reach τ with every unread list: a further list is read only while it is
                    // short next to them (decoding an id costs a few ns, scoring a candidate some µs).
                    viable = candidates.Viable(required - (distinct.Length - read));
                    if (list.Count > ExtraListFactor * viable)
                    {
                        break;
                    }
                }

                foreach (var (tokenCount, block) in list.Blocks)
                {
                    if (read < prefixLength)
                    {
                        candidates.AddCandidates(block, tokenCount);
                    }
                    else
                    {
                        candidates.CountHits(block);
                    }
                }

                read++;
            }

            // A unit may share any of the lists left unread; counts saturate at 255 (FuzzyCandidates), so a longer
            // query bounds nothing by them.
            var unread = distinct.Length - read;
            var saturates = distinct.Length >= byte.MaxValue;
            foreach (var (id, tokenCount) in candidates.Touched)
            {
                var shared = saturates ? distinct.Length : candidates.Hits(id) + unread;
                var bound = shared < required ? -1 : FuzzyGrams.ScoreBound(query.Length, tokenCount, shared, repeated);
                if (bound >= minimumScore)
                {
                    ranked.Add((id, bound));
                }
            }
        }
        finally
        {
            candidates.Clear();
        }

        ranked.Sort((a, b) => a.Bound != b.Bound ? b.Bound.CompareTo(a.Bound) : b.Id.CompareTo(a.Id));
        return Load(Best(ranked, query, SegmentNormalizer.HashNormalized(normalizedQuery), minimumScore, limit));
    }

    public void Dispose()
    {
        blocks?.Dispose();
        tokens?.Dispose();
        unit?.Dispose();
    }

    /// <summary>The best <paramref name="limit"/> by score, then newest id, scoring candidates in order of their bound.</summary>
    private List<(long Id, int Score)> Best(List<(long Id, int Bound)> ranked, MatchToken[] query, long queryHash, int minimumScore, int limit)
    {
        tokens ??= Command("SELECT fuzzy_tokens, source_hash FROM unit WHERE id = $id", "$id");
        var best = new List<(long Id, int Score)>();
        foreach (var (id, bound) in ranked)
        {
            if (best.Count >= limit && bound < best[^1].Score)
            {
                break;
            }

            tokens.Parameters[0].Value = id;
            using var row = tokens.ExecuteReader();
            if (!row.Read())
            {
                continue;
            }

            var score = FuzzyScore.Score(MatchTokenizer.Deserialize(row.GetString(0)), query);
            // Equal tokens are not an equal sentence (case, spacing of punctuation): only a hash match is 100.
            if (score >= 100 && row.GetInt64(1) != queryHash)
            {
                score = 99;
            }

            if (score < minimumScore)
            {
                continue;
            }

            var at = best.FindIndex(b => b.Score < score || (b.Score == score && b.Id < id));
            best.Insert(at < 0 ? best.Count : at, (id, score));
            if (best.Count > limit)
            {
                best.RemoveAt(best.Count - 1);
            }
        }

        return best;
    }

    /// <summary>One bigram's posting blocks for the admissible token counts.</summary>
    private PostingList ReadList(long gram, int lowest, int highest)
    {
        blocks ??= Command("SELECT token_count, units FROM fuzzy_block WHERE gram = $gram AND token_count BETWEEN $low AND $high", "$gram", "$low", "$high");
        blocks.Parameters[0].Value = gram;
        blocks.Parameters[1].Value = lowest;
        blocks.Parameters[2].Value = highest;
        var list = new PostingList();
        using var reader = blocks.ExecuteReader();
        while (reader.Read())
        {
            var block = reader.GetFieldValue<byte[]>(1);
            list.Blocks.Add((reader.GetInt32(0), block));
            list.Count += PostingBlock.Count(block);
        }

        return list;
    }

    private List<ScoredUnit> Load(List<(long Id, int Score)> best)
    {
        unit ??= Command($"SELECT {SqliteUnitColumns.List} FROM unit u WHERE u.id = $id", "$id");
        var units = new List<ScoredUnit>(best.Count);
        foreach (var (id, score) in best)
        {
            unit.Parameters[0].Value = id;
            units.AddRange(SqliteUnitColumns.ReadAll(unit).Select(u => new ScoredUnit(u, score)));
        }

        return units;
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private sealed class PostingList
    {
        public List<(int TokenCount, byte[] Block)> Blocks { get; } = [];

        public long Count { get; set; }
    }
}
