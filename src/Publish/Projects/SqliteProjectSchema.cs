using Microsoft.Data.Sqlite;
using Publish.Memory.Sqlite;

namespace Publish.Projects;

/// <summary>
/// The project store's schema as numbered, append-only migrations, applied at open in one IMMEDIATE
/// transaction (as <c>SqliteSchema</c> does for the memory).
/// </summary>
internal static class SqliteProjectSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE document(
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            source_path TEXT NOT NULL,
            source_sha256 TEXT NOT NULL,
            glossary_version TEXT,
            snapshot TEXT NOT NULL,
            added INTEGER NOT NULL,
            updated INTEGER NOT NULL);
        CREATE TABLE segment(
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            segment_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            source TEXT NOT NULL,
            source_hash INTEGER NOT NULL,
            prev_hash INTEGER NOT NULL,
            next_hash INTEGER NOT NULL,
            words INTEGER NOT NULL,
            PRIMARY KEY(document_id, segment_id));
        CREATE INDEX segment_source ON segment(source_hash);
        CREATE TABLE translation(
            document_id TEXT NOT NULL,
            segment_id TEXT NOT NULL,
            target TEXT,
            status TEXT NOT NULL,
            match_score INTEGER,
            origin TEXT,
            changed_by TEXT,
            changed INTEGER NOT NULL,
            PRIMARY KEY(document_id, segment_id),
            FOREIGN KEY(document_id, segment_id) REFERENCES segment(document_id, segment_id) ON DELETE CASCADE);
        CREATE TABLE translation_history(
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,
            segment_id TEXT NOT NULL,
            target TEXT,
            status TEXT NOT NULL,
            match_score INTEGER,
            origin TEXT,
            changed_by TEXT,
            changed INTEGER NOT NULL,
            replaced INTEGER NOT NULL);
        CREATE INDEX translation_history_segment ON translation_history(document_id, segment_id);
        """,
        // 2: batch regeneration (docs/rebuild.md): the glossary each version stood for, what each rebuild did per
        // document (committed with the document), and the build manifest of rendered outputs.
        """
        CREATE TABLE glossary_snapshot(version TEXT PRIMARY KEY, entries TEXT NOT NULL, stored INTEGER NOT NULL);
        CREATE TABLE rebuild_log(
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL,
            glossary_from TEXT,
            glossary_to TEXT NOT NULL,
            result TEXT NOT NULL,
            finished INTEGER NOT NULL,
            reported INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE build_output(
            document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            renderer TEXT NOT NULL,
            manifest TEXT NOT NULL,
            inputs_sha256 TEXT NOT NULL,
            output_sha256 TEXT NOT NULL,
            stale INTEGER NOT NULL DEFAULT 0,
            built INTEGER NOT NULL,
            PRIMARY KEY(document_id, path));
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL, applied INTEGER NOT NULL)");
            using var query = connection.CreateCommand();
            query.Transaction = transaction;
            query.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
            var applied = Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (applied > Migrations.Length)
            {
                throw new InvalidOperationException($"The project store has schema version {applied}; this program knows up to {Migrations.Length}. Update Publish.");
            }

            for (var version = applied + 1; version <= Migrations.Length; version++)
            {
                Execute(connection, transaction, Migrations[version - 1]);
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

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
