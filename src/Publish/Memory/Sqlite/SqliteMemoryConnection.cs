using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Opens the connection of a memory: WAL journal, busy timeout, checkpoint and cache settings, schema
/// migrations, and the indexing of units an import committed but had not indexed when its process died.
/// </summary>
internal static class SqliteMemoryConnection
{
    public static SqliteConnection Open(string path, int busyTimeoutMilliseconds)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = busyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            SqliteBusyRetry.Run(() => Execute(connection, $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}"));
            // WAL survives a killed writer: the next opener rolls the log back to the last commit.
            // synchronous = NORMAL in WAL mode loses no committed transaction when a process dies, only on power loss.
            SqliteBusyRetry.Run(() => Execute(connection, "PRAGMA journal_mode = WAL"));
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Execute(connection, "PRAGMA foreign_keys = ON");
            // An import dirties pages all over the identity index and the posting B-tree in every batch. The default
            // automatic checkpoint (1,000 pages, https://sqlite.org/pragma.html#pragma_wal_autocheckpoint) copied
            // them back into the database after almost every batch; at 16,384 pages (64 MiB) a page rewritten by
            // many batches is copied once. Committed transactions are durable in the WAL either way. The size
            // limit truncates the WAL file back after a checkpoint, so it does not keep its peak size.
            Execute(connection, "PRAGMA wal_autocheckpoint = 16384");
            Execute(connection, "PRAGMA journal_size_limit = 67108864");
            // 64 MiB page cache: the posting blocks of common bigrams stay in memory between lookups.
            Execute(connection, "PRAGMA cache_size = -65536");
            SqliteSchema.Migrate(connection);
            // Units an import committed but had not indexed when its process died (SqliteIndexer) are indexed now.
            if (SqliteIndexer.HasPending(connection))
            {
                SqliteBulkImport.IndexPending(connection);
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
