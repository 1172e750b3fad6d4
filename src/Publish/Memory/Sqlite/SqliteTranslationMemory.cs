using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// A translation memory in one SQLite file: WAL journal (readers never block the writer), a busy timeout
/// plus retries so that several processes can write the same memory, every write one transaction.
/// One instance holds one connection and is not thread-safe; open one per thread or process.
/// </summary>
public sealed class SqliteTranslationMemory : ITranslationMemory
{
    private const int BusyTimeoutMilliseconds = 30_000;
    private const string Marker = "⟦";
    private const string EndMarker = "⟧";

    private readonly SqliteConnection connection;
    private readonly SqliteUnitWriter writer;
    private readonly SqliteFuzzySearch fuzzy;
    private SqliteCommand? findBySourceHash;

    private SqliteTranslationMemory(SqliteConnection connection)
    {
        this.connection = connection;
        writer = new SqliteUnitWriter(connection);
        fuzzy = new SqliteFuzzySearch(connection);
    }

    public string Path => connection.DataSource;

    /// <summary>Opens the memory at <paramref name="path"/>, creating the file (and its folder) or migrating its schema.</summary>
    public static SqliteTranslationMemory Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return new SqliteTranslationMemory(SqliteMemoryConnection.Open(full, BusyTimeoutMilliseconds));
    }

    public int AddOrUpdate(IReadOnlyList<TranslationUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.Count == 0 ? 0 : writer.Write(units);
    }

    /// <summary>The import path: see <see cref="SqliteBulkImport"/> and the interface's contract.</summary>
    public long AddOrUpdateAll(IEnumerable<TranslationUnit> units, int batchSize, Action<long>? committed = null, Task? commitAfter = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        return SqliteBulkImport.Run(connection, writer, units, batchSize, committed, commitAfter);
    }

    public IReadOnlyList<TranslationUnit> FindBySourceHash(long sourceHash)
    {
        // The hot path of every lookup: one prepared statement, reused.
        if (findBySourceHash is null)
        {
            findBySourceHash = connection.CreateCommand();
            findBySourceHash.CommandText = $"SELECT {SqliteUnitColumns.List} FROM unit u WHERE u.source_hash = $hash ORDER BY u.changed DESC, u.id DESC";
            findBySourceHash.Parameters.Add(new SqliteParameter { ParameterName = "$hash" });
        }

        findBySourceHash.Parameters[0].Value = sourceHash;
        return SqliteUnitColumns.ReadAll(findBySourceHash);
    }

    public IReadOnlyList<TranslationUnit> FindInContext(long sourceHash, long previousSourceHash, long nextSourceHash) => Units(
        $"SELECT {SqliteUnitColumns.List} FROM unit u WHERE u.source_hash = $hash AND u.prev_hash = $prev AND u.next_hash = $next ORDER BY u.changed DESC",
        ("$hash", sourceHash), ("$prev", previousSourceHash), ("$next", nextSourceHash));

    public IReadOnlyList<ScoredUnit> FindFuzzy(string source, int minimumScore, int limit) =>
        fuzzy.Find(SegmentNormalizer.Normalize(source), minimumScore, limit);

    public IReadOnlyList<ConcordanceHit> Concordance(string phrase, int limit)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (string.IsNullOrWhiteSpace(phrase))
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqliteUnitColumns.List},
                   highlight(unit_fts, 0, '{Marker}', '{EndMarker}'), highlight(unit_fts, 1, '{Marker}', '{EndMarker}')
            FROM unit_fts JOIN unit u ON u.id = unit_fts.rowid
            WHERE unit_fts MATCH $phrase ORDER BY rank LIMIT $limit
            """;
        // One FTS5 phrase: the words in this order, any punctuation between them; quotes doubled per FTS5 syntax.
        command.Parameters.AddWithValue("$phrase", "\"" + phrase.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<ConcordanceHit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            hits.Add(new ConcordanceHit(SqliteUnitColumns.Read(reader), reader.GetString(SqliteUnitColumns.Count), reader.GetString(SqliteUnitColumns.Count + 1)));
        }

        return hits;
    }

    public IReadOnlyList<TargetRevision> History(long unitId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT target, creator, changed FROM unit_history WHERE unit_id = $unit ORDER BY id";
        command.Parameters.AddWithValue("$unit", unitId);
        var revisions = new List<TargetRevision>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            revisions.Add(new TargetRevision(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
        }

        return revisions;
    }

    public MemoryStatistics Statistics()
    {
        var pairs = new SortedDictionary<string, long>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT source_lang || ' → ' || target_lang, count(*) FROM unit GROUP BY 1";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                pairs[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        command.CommandText = "SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM unit_history), (SELECT min(changed) FROM unit), (SELECT max(changed) FROM unit)";
        using var totals = command.ExecuteReader();
        totals.Read();
        return new MemoryStatistics(
            totals.GetInt64(0),
            totals.GetInt64(1),
            SqliteSchema.Version(connection),
            pairs,
            totals.IsDBNull(2) ? null : DateTimeOffset.FromUnixTimeMilliseconds(totals.GetInt64(2)),
            totals.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(totals.GetInt64(3)));
    }

    public IEnumerable<TranslationUnit> EnumerateUnits()
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteUnitColumns.List} FROM unit u ORDER BY u.id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return SqliteUnitColumns.Read(reader);
        }
    }

    public void Dispose()
    {
        findBySourceHash?.Dispose();
        fuzzy.Dispose();
        writer.Dispose();
        connection.Dispose();
    }

    private List<TranslationUnit> Units(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return SqliteUnitColumns.ReadAll(command);
    }
}
