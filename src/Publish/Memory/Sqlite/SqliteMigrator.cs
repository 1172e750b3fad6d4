using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Versioned schema migrations for the embedded stores (memory, project): each migration is one SQL script,
/// applied in order in one immediate transaction and recorded in <c>schema_version</c>, so two processes
/// opening an old file at once migrate it once, and a file from a newer program is refused, not damaged.
/// </summary>
internal static class SqliteMigrator
{
    /// <param name="connection">An open connection to the store.</param>
    /// <param name="migrations">Script N-1 brings the schema to version N.</param>
    /// <param name="what">How the refusal names the store, e.g. "The memory".</param>
    /// <param name="targetVersion">Stop after this version (tests of old files); all by default.</param>
    public static void Migrate(SqliteConnection connection, IReadOnlyList<string> migrations, string what, int targetVersion = int.MaxValue)
    {
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL, applied INTEGER NOT NULL)");
            var applied = Version(connection, transaction);
            if (applied > migrations.Count)
            {
                throw new InvalidOperationException($"{what} has schema version {applied}; this program knows up to {migrations.Count}. Update Publish.");
            }

            for (var version = applied + 1; version <= Math.Min(targetVersion, migrations.Count); version++)
            {
                Execute(connection, transaction, migrations[version - 1]);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version(version, applied) VALUES ($version, $applied)";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$applied", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        });
    }

    public static int Version(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
