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

    public static void Migrate(SqliteConnection connection) => SqliteMigrator.Migrate(connection, Migrations, "The project store");
}
