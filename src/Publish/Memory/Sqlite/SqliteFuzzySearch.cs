using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Fuzzy search through the bigram index without scanning the memory. A unit scoring ≥ s must share at
/// least τ distinct bigrams with the query (<see cref="FuzzyGrams.RequiredSharedDistinct"/>), so it must
/// contain at least one of any G − τ + 1 of the query's G distinct bigrams (prefix filtering). We read the
/// posting lists of the G − τ + 1 rarest bigrams only, restricted by the primary key to the token counts
/// that can reach s, count each candidate's hits in a few further short lists, drop those that can no longer
/// reach τ, and score the rest exactly. The filter is lossless: recall is 1 by construction (the test against
/// brute force checks it).
/// </summary>
internal sealed class SqliteFuzzySearch(SqliteConnection connection)
{
    // Ids are integers we produced, so inlining them in the SQL is safe; 500 stays far below SQLite's limits.
    private const int CandidatesPerStatement = 500;

    // Decoding a posting costs far less than fetching and scoring a candidate, so a further list up to this
    // many times the candidate count is worth reading to drop candidates (8 measured best on 100k units).
    private const int ExtraListFactor = 8;

    public IReadOnlyList<ScoredUnit> Find(string normalizedQuery, int minimumScore, int limit)
    {
        var query = MatchTokenizer.Tokenize(normalizedQuery);
        if (query.Length == 0 || limit <= 0)
        {
            return [];
        }

        var queryHash = SegmentNormalizer.Hash(normalizedQuery);
        var grams = FuzzyGrams.Of(query);
        var distinct = grams.Distinct().ToArray();
        var required = FuzzyGrams.RequiredSharedDistinct(query.Length, minimumScore, grams.Length - distinct.Length);
        List<long> candidates;
        var rarest = RarestFirst(distinct);
        var prefixLength = Math.Max(1, distinct.Length - required + 1);
        var (lowest, highest) = FuzzyGrams.LengthRange(query.Length, minimumScore);

        // Candidates come from the prefix lists only. Further short lists then tighten the filter without
        // losing anyone: after reading k lists, a unit needs ≥ τ − (G − k) hits among them.
        var hits = new Dictionary<long, int>();
        var ids = new List<long>();
        using (var postings = Command("SELECT units FROM fuzzy_posting WHERE gram = $gram AND token_count BETWEEN $low AND $high", "$gram", "$low", "$high"))
        {
            postings.Parameters[1].Value = lowest;
            postings.Parameters[2].Value = highest;
            var read = 0;
            foreach (var (gram, units) in rarest)
            {
                if (read >= prefixLength && units > ExtraListFactor * hits.Count)
                {
                    break;
                }

                postings.Parameters[0].Value = gram;
                ids.Clear();
                using (var reader = postings.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        PostingBlock.Decode(reader.GetFieldValue<byte[]>(0), ids);
                    }
                }

                foreach (var id in ids)
                {
                    if (read < prefixLength)
                    {
                        hits[id] = hits.GetValueOrDefault(id) + 1;
                    }
                    else if (hits.TryGetValue(id, out var count))
                    {
                        hits[id] = count + 1;
                    }
                }

                read++;
            }

            var needed = required - (distinct.Length - read);
            candidates = [.. hits.Where(h => h.Value >= needed).Select(h => h.Key)];
        }

        var scored = new List<(long Id, int Score)>();
        foreach (var chunk in candidates.Chunk(CandidatesPerStatement))
        {
            using var tokens = connection.CreateCommand();
            tokens.CommandText = $"SELECT id, fuzzy_tokens, source_hash FROM unit WHERE id IN ({string.Join(',', chunk)})";
            using var reader = tokens.ExecuteReader();
            while (reader.Read())
            {
                var score = FuzzyScore.Score(MatchTokenizer.Deserialize(reader.GetString(1)), query);
                // Equal tokens are not an equal sentence (case, spacing of punctuation): only a hash match is 100.
                if (score >= 100 && reader.GetInt64(2) != queryHash)
                {
                    score = 99;
                }

                if (score >= minimumScore)
                {
                    scored.Add((reader.GetInt64(0), score));
                }
            }
        }

        return Load(scored.OrderByDescending(s => s.Score).ThenByDescending(s => s.Id).Take(limit).ToList());
    }

    /// <summary>The query's bigrams with their document frequencies, rarest first.</summary>
    private List<(long Gram, long Units)> RarestFirst(long[] grams)
    {
        using var frequency = Command("SELECT units FROM fuzzy_gram_frequency WHERE gram = $gram", "$gram");
        var counted = new List<(long Gram, long Units)>(grams.Length);
        foreach (var gram in grams)
        {
            frequency.Parameters[0].Value = gram;
            counted.Add((gram, frequency.ExecuteScalar() is long units ? units : 0));
        }

        counted.Sort((a, b) => a.Units.CompareTo(b.Units));
        return counted;
    }

    private List<ScoredUnit> Load(List<(long Id, int Score)> best)
    {
        using var unit = Command($"SELECT {SqliteUnitColumns.List} FROM unit u WHERE u.id = $id", "$id");
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
}
