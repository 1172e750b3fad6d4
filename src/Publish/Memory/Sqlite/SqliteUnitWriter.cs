using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Writes one batch of units in one IMMEDIATE transaction: insert new units, or update a unit with the same
/// identity (source hash, context hashes, target language), moving a replaced target to <c>unit_history</c>.
/// <see cref="Write"/> also indexes the batch (and anything left pending) before it commits; an import
/// (<see cref="SqliteBulkImport"/>) writes many chunks with <see cref="WriteIn"/> into one transaction and indexes them together.
/// </summary>
internal sealed class SqliteUnitWriter(SqliteConnection connection) : IDisposable
{
    private readonly SqliteUnitInsert insert = new(connection);

    public void Dispose() => insert.Dispose();

    public int Write(IReadOnlyList<TranslationUnit> units)
    {
        var prepared = PreparedUnit.Of(units);
        var ids = new long[prepared.Length];
        return SqliteBusyRetry.Run(() => Write(prepared, ids, index: true));
    }

    private int Write(PreparedUnit[] units, long[] ids, bool index)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var added = WriteIn(transaction, units, ids);
        if (index)
        {
            SqliteIndexer.IndexPending(connection, transaction);
        }

        transaction.Commit();
        return added;
    }

    /// <summary>
    /// Writes a batch inside the caller's write transaction, without indexing it; <paramref name="ids"/> receives
    /// each unit's new id, or 0 where an existing unit was updated.
    /// </summary>
    public int WriteIn(SqliteTransaction transaction, PreparedUnit[] units, long[] ids)
    {
        // A new identity is inserted straight away; only on a conflict (the identity exists) is the unit looked
        // up for its history and updated. Most units of a fresh import are new, so they cost one statement.
        using var find = Command(transaction, "SELECT id, target, creator, changed FROM unit WHERE source_hash = $hash AND prev_hash = $prev AND next_hash = $next AND target_lang = $lang", "$hash", "$prev", "$next", "$lang");
        using var update = Command(transaction, "UPDATE unit SET source = $source, target = $target, document_id = $doc, creator = $creator, changed = $changed, glossary_version = $glossary WHERE id = $id", "$source", "$target", "$doc", "$creator", "$changed", "$glossary", "$id");
        using var history = Command(transaction, "INSERT INTO unit_history(unit_id, target, creator, changed) VALUES ($unit, $target, $creator, $changed)", "$unit", "$target", "$creator", "$changed");
        var added = 0;
        for (var i = 0; i < units.Length; i++)
        {
            ids[i] = insert.Insert(units[i]);
            if (ids[i] != 0)
            {
                added++;
            }
            else
            {
                Update(find, update, history, units[i]);
            }
        }

        return added;
    }

    private static void Update(SqliteCommand find, SqliteCommand update, SqliteCommand history, PreparedUnit p)
    {
        var unit = p.Unit;
        Bind(find, p.Hash, unit.PreviousSourceHash, unit.NextSourceHash, unit.TargetLanguage);
        long id;
        using (var existing = find.ExecuteReader())
        {
            existing.Read();
            id = existing.GetInt64(0);
            if (!string.Equals(existing.GetString(1), unit.Target, StringComparison.Ordinal))
            {
                Bind(history, id, existing.GetString(1), existing.IsDBNull(2) ? null : existing.GetString(2), existing.GetInt64(3));
                history.ExecuteNonQuery();
            }
        }

        Bind(update, unit.Source, unit.Target, unit.DocumentId, unit.Creator, unit.Changed.ToUnixTimeMilliseconds(), unit.GlossaryVersion, id);
        update.ExecuteNonQuery();
    }

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
