using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Merges the posting blocks of each (bigram, token count) into one after a large import. Every index step
/// writes one block per key, so a memory filled in many steps holds many short blocks per list, and a search
/// reads a row per block. Blocks of one key cover disjoint, ascending id ranges (each step indexes the units
/// above the watermark), so their concatenation in <c>first_unit</c> order is sorted. The merged index is
/// written to a new table in key order and swapped in within the same write transaction: a reader sees the
/// old index or the new one, and a killed process leaves the old one.
/// </summary>
internal static class SqlitePostingCompaction
{
    public static void Compact(SqliteConnection connection) => SqliteBusyRetry.Run(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "DROP TABLE IF EXISTS fuzzy_block_merged");
        Execute(connection, transaction, """
            CREATE TABLE fuzzy_block_merged(
                gram INTEGER NOT NULL,
                token_count INTEGER NOT NULL,
                first_unit INTEGER NOT NULL,
                units BLOB NOT NULL,
                PRIMARY KEY(gram, token_count, first_unit)) WITHOUT ROWID
            """);
        using (var insert = connection.CreateCommand())
        using (var read = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO fuzzy_block_merged(gram, token_count, first_unit, units) VALUES ($gram, $count, $first, $units)";
            var gram = insert.Parameters.Add("$gram", SqliteType.Integer);
            var count = insert.Parameters.Add("$count", SqliteType.Integer);
            var first = insert.Parameters.Add("$first", SqliteType.Integer);
            var units = insert.Parameters.Add("$units", SqliteType.Blob);
            insert.Prepare();
            read.Transaction = transaction;
            read.CommandText = "SELECT gram, token_count, units FROM fuzzy_block ORDER BY gram, token_count, first_unit";
            using var rows = read.ExecuteReader();
            var merged = new List<long>();
            var buffer = new long[1024];
            (long Gram, int Count)? key = null;
            void Flush()
            {
                if (key is { } k && merged.Count > 0)
                {
                    (gram.Value, count.Value, first.Value) = (k.Gram, k.Count, merged[0]);
                    units.Value = PostingBlock.Encode(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(merged));
                    insert.ExecuteNonQuery();
                }

                merged.Clear();
            }

            while (rows.Read())
            {
                var next = (rows.GetInt64(0), rows.GetInt32(1));
                if (key != next)
                {
                    Flush();
                    key = next;
                }

                var decoded = PostingBlock.Decode(rows.GetFieldValue<byte[]>(2), ref buffer);
                merged.AddRange(buffer.AsSpan(0, decoded));
            }

            Flush();
        }

        Execute(connection, transaction, "DROP TABLE fuzzy_block");
        Execute(connection, transaction, "ALTER TABLE fuzzy_block_merged RENAME TO fuzzy_block");
        transaction.Commit();
    });

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
