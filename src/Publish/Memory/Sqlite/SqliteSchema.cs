using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The memory's schema as numbered migrations. <c>schema_version</c> records the applied ones; opening a
/// memory applies the missing ones in one IMMEDIATE transaction, so two processes opening a new file at
/// once do not both create it. Migrations are append-only: a released one is never edited.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE unit(
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            source_norm TEXT NOT NULL,
            source_hash INTEGER NOT NULL,
            prev_hash INTEGER NOT NULL DEFAULT 0,
            next_hash INTEGER NOT NULL DEFAULT 0,
            document_id TEXT,
            creator TEXT,
            created INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            glossary_version TEXT,
            fuzzy_tokens TEXT NOT NULL,
            token_count INTEGER NOT NULL);
        CREATE UNIQUE INDEX unit_identity ON unit(source_hash, prev_hash, next_hash, target_lang);
        CREATE TABLE unit_history(
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
            target TEXT NOT NULL,
            creator TEXT,
            changed INTEGER NOT NULL);
        CREATE INDEX unit_history_unit ON unit_history(unit_id);
        CREATE TABLE fuzzy_posting(
            gram INTEGER NOT NULL,
            token_count INTEGER NOT NULL,
            first_unit INTEGER NOT NULL,
            units BLOB NOT NULL,
            PRIMARY KEY(gram, token_count, first_unit)) WITHOUT ROWID;
        CREATE TABLE fuzzy_gram_frequency(gram INTEGER PRIMARY KEY, units INTEGER NOT NULL);
        CREATE VIRTUAL TABLE unit_fts USING fts5(
            source, target, content='unit', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER unit_fts_insert AFTER INSERT ON unit BEGIN
            INSERT INTO unit_fts(rowid, source, target) VALUES (new.id, new.source, new.target);
        END;
        CREATE TRIGGER unit_fts_delete AFTER DELETE ON unit BEGIN
            INSERT INTO unit_fts(unit_fts, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
        END;
        CREATE TRIGGER unit_fts_update AFTER UPDATE OF source, target ON unit BEGIN
            INSERT INTO unit_fts(unit_fts, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
            INSERT INTO unit_fts(rowid, source, target) VALUES (new.id, new.source, new.target);
        END;
        """,
        // Version 2: indexes kept behind a watermark (SqliteIndexer). index_state records, per index, the highest
        // unit id it covers; units above it are indexed by the next write or open, so an import can fill the
        // indexes in large steps. Existing FTS rows are complete (the insert trigger kept them in step); the
        // fuzzy index moves to delta-encoded blocks and is rebuilt from the stored tokens (watermark 0).
        // Update and delete triggers only touch units the FTS index already holds: an external-content
        // 'delete' of a row that was never indexed would corrupt it (https://sqlite.org/fts5.html#external_content_tables).
        """
        CREATE TABLE index_state(name TEXT PRIMARY KEY, through INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO index_state(name, through) VALUES ('fts', (SELECT coalesce(max(id), 0) FROM unit)), ('fuzzy', 0);
        DROP TRIGGER unit_fts_insert;
        DROP TRIGGER unit_fts_delete;
        DROP TRIGGER unit_fts_update;
        CREATE TRIGGER unit_fts_delete AFTER DELETE ON unit
        WHEN old.id <= (SELECT through FROM index_state WHERE name = 'fts') BEGIN
            INSERT INTO unit_fts(unit_fts, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
        END;
        CREATE TRIGGER unit_fts_update AFTER UPDATE OF source, target ON unit
        WHEN old.id <= (SELECT through FROM index_state WHERE name = 'fts') BEGIN
            INSERT INTO unit_fts(unit_fts, rowid, source, target) VALUES ('delete', old.id, old.source, old.target);
            INSERT INTO unit_fts(rowid, source, target) VALUES (new.id, new.source, new.target);
        END;
        DROP TABLE fuzzy_posting;
        DROP TABLE fuzzy_gram_frequency;
        CREATE TABLE fuzzy_block(
            gram INTEGER NOT NULL,
            token_count INTEGER NOT NULL,
            first_unit INTEGER NOT NULL,
            units BLOB NOT NULL,
            PRIMARY KEY(gram, token_count, first_unit)) WITHOUT ROWID;
        """,
        // Version 3: the normalised source is no longer stored. Nothing read it (lookups normalise the stored source,
        // SegmentNormalizer is deterministic, and the hash stays as the identity), and it was a fifth of a unit row's
        // bytes, written to the WAL and the table by every import. DROP COLUMN rewrites the table once
        // (https://sqlite.org/lang_altertable.html#altertabdropcol).
        """
        ALTER TABLE unit DROP COLUMN source_norm;
        """,
        // Version 4: FTS5 keeps up to 16 MiB of pending terms in memory before it writes a segment (the default is
        // 1 MiB; the 'hashsize' option is stored in unit_fts_config, https://sqlite.org/fts5.html#fts5_configuration_options).
        // An import indexes 131,072 units per statement; with 1 MiB it wrote dozens of small segments per commit and
        // merged them again, and the FTS part of an import of a million units took 4.8–6.3 s instead of 2.5–3.6 s.
        """
        INSERT INTO unit_fts(unit_fts, rank) VALUES('hashsize', 16777216);
        """,
    ];

    public static int CurrentVersion => Migrations.Length;

    /// <summary>Applies the missing migrations up to <paramref name="targetVersion"/> (all of them by default; tests stop earlier).</summary>
    public static void Migrate(SqliteConnection connection, int targetVersion = int.MaxValue) =>
        SqliteMigrator.Migrate(connection, Migrations, "The memory", targetVersion);

    public static int Version(SqliteConnection connection, SqliteTransaction? transaction = null) => SqliteMigrator.Version(connection, transaction);
}
