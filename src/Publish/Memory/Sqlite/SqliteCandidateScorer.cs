using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Scores fuzzy candidates exactly (<see cref="FuzzyScore"/> on their stored tokens) in the order of their
/// score bound, stops once no further candidate can enter the best <c>limit</c>, and loads those units.
/// One instance per connection; the statements are prepared once. The candidate statement runs through
/// SQLitePCLRaw, as the import's insert does: it reads each candidate's tokens as UTF-8 in SQLite's own buffer
/// (<see cref="StoredTokenScorer"/>) instead of a data reader, a string and a token array per candidate.
/// </summary>
internal sealed class SqliteCandidateScorer(SqliteConnection connection) : IDisposable
{
    private const string TokensSql = "SELECT fuzzy_tokens, source_hash FROM unit WHERE id = ?1";

    private readonly StoredTokenScorer stored = new();
    private readonly SqliteRawStatement tokens = new(connection, TokensSql);
    private SqliteCommand? unit;

    /// <summary>Sets the query the following <see cref="Score"/> calls of one search compare with.</summary>
    public void StartSearch(MatchToken[] query) => stored.SetQuery(query);

    /// <summary>
    /// Scores <paramref name="ranked"/> (ordered by bound, highest first) into <paramref name="best"/>, the best
    /// <paramref name="limit"/> so far by score, then newest id; stops once no further candidate can enter it.
    /// Runs inside the search's read transaction, which is the connection's.
    /// </summary>
    public void Score(List<(long Id, int Bound)> ranked, long queryHash, int minimumScore, int limit, List<(long Id, int Score)> best)
    {
        foreach (var (id, bound) in ranked)
        {
            if (best.Count >= limit && bound < best[^1].Score)
            {
                break;
            }

            if (!TryScore(id, out var score, out var sourceHash))
            {
                continue;
            }

            // Equal tokens are not an equal sentence (case, spacing of punctuation): only a hash match is 100.
            if (score >= 100 && sourceHash != queryHash)
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
        tokens.Dispose();
        unit?.Dispose();
    }

    private bool TryScore(long id, out int score, out long sourceHash)
    {
        var statement = tokens.Prepared;
        raw.sqlite3_bind_int64(statement, 1, id);
        try
        {
            if (!tokens.Step())
            {
                (score, sourceHash) = (0, 0);
                return false;
            }

            // A TEXT column's blob is its UTF-8 bytes, valid until the statement is reset.
            score = stored.Score(raw.sqlite3_column_blob(statement, 0));
            sourceHash = raw.sqlite3_column_int64(statement, 1);
            return true;
        }
        finally
        {
            tokens.Reset();
        }
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
