using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The unit insert of every write, as one SQLite statement prepared once per connection and bound by
/// position through SQLitePCLRaw (<see cref="SqliteRawStatement"/>). An import runs it a million
/// times; <see cref="SqliteCommand"/> looks each of the 14 parameters up by name and re-walks its
/// statement list on every execution, which cost more than SQLite's own insert.
/// A new identity is inserted and its id returned; an existing one (the upsert's DO NOTHING,
/// https://sqlite.org/lang_upsert.html) gives 0.
/// Runs inside the caller's transaction; one instance per connection, not thread-safe.
/// </summary>
internal sealed class SqliteUnitInsert(SqliteConnection connection) : IDisposable
{
    private const string Sql = """
        INSERT INTO unit(source, target, source_lang, target_lang, source_hash, prev_hash, next_hash,
                         document_id, creator, created, changed, glossary_version, fuzzy_tokens, token_count)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT(source_hash, prev_hash, next_hash, target_lang) DO NOTHING
        """;

    private readonly SqliteRawStatement insert = new(connection, Sql);

    private byte[] utf8 = new byte[1024];

    /// <returns>The new unit's id, or 0 when a unit with this identity exists.</returns>
    public long Insert(PreparedUnit prepared)
    {
        var statement = insert.Prepared;
        var unit = prepared.Unit;
        Text(statement, 1, unit.Source);
        Text(statement, 2, unit.Target);
        Text(statement, 3, unit.SourceLanguage);
        Text(statement, 4, unit.TargetLanguage);
        raw.sqlite3_bind_int64(statement, 5, prepared.Hash);
        raw.sqlite3_bind_int64(statement, 6, unit.PreviousSourceHash);
        raw.sqlite3_bind_int64(statement, 7, unit.NextSourceHash);
        Text(statement, 8, unit.DocumentId);
        Text(statement, 9, unit.Creator);
        raw.sqlite3_bind_int64(statement, 10, unit.Created.ToUnixTimeMilliseconds());
        raw.sqlite3_bind_int64(statement, 11, unit.Changed.ToUnixTimeMilliseconds());
        Text(statement, 12, unit.GlossaryVersion);
        Text(statement, 13, prepared.Tokens);
        raw.sqlite3_bind_int(statement, 14, prepared.TokenCount);
        try
        {
            insert.Step();
            var db = insert.Database;
            // The upsert's DO NOTHING changes no row (https://sqlite.org/c3ref/changes.html); an insert made one,
            // and its rowid is the connection's last (https://sqlite.org/c3ref/last_insert_rowid.html).
            return raw.sqlite3_changes(db) == 1 ? raw.sqlite3_last_insert_rowid(db) : 0;
        }
        finally
        {
            insert.Reset();
        }
    }

    public void Dispose() => insert.Dispose();

    private void Text(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
            return;
        }

        // Encoded into a reused buffer and bound as UTF-8, the database's encoding: SQLite copies the bytes and
        // stores them as they are. Bound as UTF-16 it converted every text itself, in newly allocated memory, and
        // bind_text(string) would allocate a new UTF-8 array per value.
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        if (utf8.Length < length)
        {
            utf8 = new byte[Math.Max(length, utf8.Length * 2)];
        }

        var written = System.Text.Encoding.UTF8.GetBytes(value, utf8);
        raw.sqlite3_bind_text(statement, index, utf8.AsSpan(0, written));
    }
}
