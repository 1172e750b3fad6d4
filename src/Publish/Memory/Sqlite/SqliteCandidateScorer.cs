using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Scores fuzzy candidates exactly (<see cref="FuzzyScore"/> on their stored tokens) in the order of their
/// score bound, stops once no further candidate can enter the best <c>limit</c>, and loads those units.
/// One instance per connection; the statements are prepared once.
/// </summary>
internal sealed class SqliteCandidateScorer(SqliteConnection connection) : IDisposable
{
    private SqliteCommand? tokens;
    private SqliteCommand? unit;

    /// <summary>
    /// Scores <paramref name="ranked"/> (ordered by bound, highest first) into <paramref name="best"/>, the best
    /// <paramref name="limit"/> so far by score, then newest id; stops once no further candidate can enter it.
    /// </summary>
    public void Score(List<(long Id, int Bound)> ranked, MatchToken[] query, long queryHash, int minimumScore, int limit, List<(long Id, int Score)> best, SqliteTransaction snapshot)
    {
        tokens ??= Command("SELECT fuzzy_tokens, source_hash FROM unit WHERE id = $id", "$id");
        tokens.Transaction = snapshot;
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
    }

    public void Dispose()
    {
        tokens?.Dispose();
        unit?.Dispose();
    }

    /// <summary>The units of <paramref name="best"/>, in its order.</summary>
    public List<ScoredUnit> Load(List<(long Id, int Score)> best, SqliteTransaction snapshot)
    {
        unit ??= Command($"SELECT {SqliteUnitColumns.List} FROM unit u WHERE u.id = $id", "$id");
        unit.Transaction = snapshot;
        var units = new List<ScoredUnit>(best.Count);
        foreach (var (id, score) in best)
        {
            unit.Parameters[0].Value = id;
            units.AddRange(SqliteUnitColumns.ReadAll(unit).Select(u => new ScoredUnit(u, score)));
        }

        return units;
    }

    private SqliteCommand Command(string sql, string parameter)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter { ParameterName = parameter });
        return command;
    }
}
