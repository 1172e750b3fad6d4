using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Brings the concordance (FTS5) and fuzzy (bigram) indexes up to date with the unit table. Each index has a
/// watermark in <c>index_state</c>: the highest unit id it covers. Units above it are pending; indexing them
/// and moving the watermark happen in the caller's write transaction, so the watermark never claims more
/// than the index holds, whichever process does the work and wherever it is killed. A single write indexes
/// its own units before it commits; an import (<see cref="SqliteBulkImport"/>) commits its units first and
/// indexes them <see cref="StepUnits"/> at a time, so each posting block holds that many units' ids.
/// </summary>
internal static class SqliteIndexer
{
    /// <summary>
    /// Units indexed per step. 131,072 units give about 2.3 million postings held in memory (some 60 MB with
    /// their tokens) and posting blocks large enough that a search at 1M units reads about eight rows per
    /// list and token count.
    /// </summary>
    public const int StepUnits = 131_072;

    /// <summary>Whether any committed unit is not yet in both indexes.</summary>
    public static bool HasPending(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = Command(connection, transaction, "SELECT (SELECT coalesce(max(id), 0) FROM unit) > (SELECT min(through) FROM index_state)");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
    }

    /// <summary>
    /// Indexes every pending unit, inside <paramref name="transaction"/> (which must be a write transaction).
    /// An import passes the postings it built of its step (<see cref="StepPostings"/>), taken after the FTS part so
    /// that building them overlaps with it; they are used when they cover exactly the pending range.
    /// </summary>
    public static void IndexPending(SqliteConnection connection, SqliteTransaction transaction, Func<StepPostings>? built = null)
    {
        var top = Scalar(connection, transaction, "SELECT coalesce(max(id), 0) FROM unit");
        var fts = Scalar(connection, transaction, "SELECT through FROM index_state WHERE name = 'fts'");
        if (fts < top)
        {
            // One INSERT … SELECT: FTS5 tokenises the rows in a single pass and writes few large segments.
            using var fill = Command(connection, transaction, "INSERT INTO unit_fts(rowid, source, target) SELECT id, source, target FROM unit WHERE id > $from AND id <= $to");
            fill.Parameters.AddWithValue("$from", fts);
            fill.Parameters.AddWithValue("$to", top);
            fill.ExecuteNonQuery();
            SetWatermark(connection, transaction, "fts", top);
        }

        var fuzzy = Scalar(connection, transaction, "SELECT through FROM index_state WHERE name = 'fuzzy'");
        var step = built?.Invoke();
        if (step is not null && step.Covers(fuzzy, top))
        {
            WriteBlocks(connection, transaction, step.Keys, step.FirstUnits, step.Blocks);
            fuzzy = top;
            SetWatermark(connection, transaction, "fuzzy", fuzzy);
        }

        while (fuzzy < top)
        {
            fuzzy = IndexFuzzyStep(connection, transaction, fuzzy, top);
            SetWatermark(connection, transaction, "fuzzy", fuzzy);
        }
    }

    /// <summary>Adds the postings of up to <see cref="StepUnits"/> units above <paramref name="from"/>; returns the last id covered.</summary>
    private static long IndexFuzzyStep(SqliteConnection connection, SqliteTransaction transaction, long from, long top)
    {
        var units = new List<(long Id, string Tokens, int TokenCount)>();
        using (var read = Command(connection, transaction, "SELECT id, fuzzy_tokens, token_count FROM unit WHERE id > $from AND id <= $to ORDER BY id LIMIT $limit"))
        {
            read.Parameters.AddWithValue("$from", from);
            read.Parameters.AddWithValue("$to", top);
            read.Parameters.AddWithValue("$limit", StepUnits);
            using var rows = read.ExecuteReader();
            while (rows.Read())
            {
                units.Add((rows.GetInt64(0), rows.GetString(1), rows.GetInt32(2)));
            }
        }

        // Hashing the bigrams runs on every core; the lists are then filled in id order, so each is sorted.
        var grams = new long[units.Count][];
        Parallel.For(0, units.Count, i => grams[i] = FuzzyGrams.DistinctOfStored(units[i].Tokens, units[i].TokenCount));
        var lists = new Dictionary<(long Gram, int TokenCount), List<long>>();
        for (var i = 0; i < units.Count; i++)
        {
            var (id, _, tokenCount) = units[i];
            foreach (var gram in grams[i])
            {
                if (!lists.TryGetValue((gram, tokenCount), out var ids))
                {
                    lists[(gram, tokenCount)] = ids = [];
                }

                ids.Add(id);
            }
        }

        var keys = lists.Keys.ToArray();
        Array.Sort(keys);
        var firsts = new long[keys.Length];
        var blocks = new byte[keys.Length][];
        for (var i = 0; i < keys.Length; i++)
        {
            var ids = lists[keys[i]];
            firsts[i] = ids[0];
            blocks[i] = PostingBlock.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids));
        }

        WriteBlocks(connection, transaction, keys, firsts, blocks);
        return units.Count < StepUnits ? top : units[^1].Id;
    }

    // Written in key order, so the B-tree is filled from left to right instead of at random places.
    private static void WriteBlocks(SqliteConnection connection, SqliteTransaction transaction, (long Gram, int TokenCount)[] keys, long[] firsts, byte[][] blocks)
    {
        using var insert = Command(connection, transaction, "INSERT INTO fuzzy_block(gram, token_count, first_unit, units) VALUES ($gram, $count, $first, $units)");
        var gram = insert.Parameters.Add("$gram", SqliteType.Integer);
        var count = insert.Parameters.Add("$count", SqliteType.Integer);
        var first = insert.Parameters.Add("$first", SqliteType.Integer);
        var units = insert.Parameters.Add("$units", SqliteType.Blob);
        insert.Prepare();
        for (var i = 0; i < keys.Length; i++)
        {
            gram.Value = keys[i].Gram;
            count.Value = keys[i].TokenCount;
            first.Value = firsts[i];
            units.Value = blocks[i];
            insert.ExecuteNonQuery();
        }
    }

    private static void SetWatermark(SqliteConnection connection, SqliteTransaction transaction, string name, long through)
    {
        using var update = Command(connection, transaction, "UPDATE index_state SET through = $through WHERE name = $name");
        update.Parameters.AddWithValue("$through", through);
        update.Parameters.AddWithValue("$name", name);
        update.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
