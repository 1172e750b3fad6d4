using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Writes one batch of units in one IMMEDIATE transaction: insert new units with their fuzzy bigrams, or
/// update a unit with the same identity (source hash, context hashes, target language), moving a replaced
/// target to <c>unit_history</c>. Gram frequencies are summed per batch and written once per distinct gram.
/// </summary>
internal sealed class SqliteUnitWriter(SqliteConnection connection)
{
    public int Write(IReadOnlyList<TranslationUnit> units)
    {
        var prepared = PreparedUnit.Of(units);
        return SqliteBusyRetry.Run(() => Write(prepared));
    }

    private int Write(PreparedUnit[] units)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // A new identity is inserted straight away; only on a conflict (the identity exists) is the unit looked
        // up for its history and updated. An upsert with DO NOTHING returns no row on a conflict
        // (https://sqlite.org/lang_upsert.html, https://sqlite.org/lang_returning.html), and the FTS trigger
        // does not fire. Most units of a fresh import are new, so they cost one statement instead of two.
        using var insert = Command(
            transaction,
            """
            INSERT INTO unit(source, target, source_lang, target_lang, source_norm, source_hash, prev_hash, next_hash,
                             document_id, creator, created, changed, glossary_version, fuzzy_tokens, token_count)
            VALUES ($source, $target, $slang, $tlang, $norm, $hash, $prev, $next, $doc, $creator, $created, $changed, $glossary, $tokens, $count)
            ON CONFLICT(source_hash, prev_hash, next_hash, target_lang) DO NOTHING
            RETURNING id
            """,
            "$source", "$target", "$slang", "$tlang", "$norm", "$hash", "$prev", "$next", "$doc", "$creator", "$created", "$changed", "$glossary", "$tokens", "$count");
        using var find = Command(transaction, "SELECT id, target, creator, changed FROM unit WHERE source_hash = $hash AND prev_hash = $prev AND next_hash = $next AND target_lang = $lang", "$hash", "$prev", "$next", "$lang");
        using var update = Command(transaction, "UPDATE unit SET source = $source, target = $target, document_id = $doc, creator = $creator, changed = $changed, glossary_version = $glossary WHERE id = $id", "$source", "$target", "$doc", "$creator", "$changed", "$glossary", "$id");
        using var history = Command(transaction, "INSERT INTO unit_history(unit_id, target, creator, changed) VALUES ($unit, $target, $creator, $changed)", "$unit", "$target", "$creator", "$changed");
        var frequencies = new Dictionary<long, int>();
        var postings = new List<(long Gram, int TokenCount, long UnitId)>();
        var added = 0;
        foreach (var p in units)
        {
            var unit = p.Unit;
            Bind(
                insert, unit.Source, unit.Target, unit.SourceLanguage, unit.TargetLanguage, p.Normalized, p.Hash, unit.PreviousSourceHash,
                unit.NextSourceHash, unit.DocumentId, unit.Creator, unit.Created.ToUnixTimeMilliseconds(), unit.Changed.ToUnixTimeMilliseconds(),
                unit.GlossaryVersion, p.Tokens, p.TokenCount);
            if (insert.ExecuteScalar() is not long unitId)
            {
                Update(find, update, history, p);
                continue;
            }

            foreach (var g in p.Grams)
            {
                postings.Add((g, p.TokenCount, unitId));
                frequencies[g] = frequencies.GetValueOrDefault(g) + 1;
            }

            added++;
        }

        WritePostings(transaction, postings);
        using var frequency = Command(transaction, "INSERT INTO fuzzy_gram_frequency(gram, units) VALUES ($gram, $units) ON CONFLICT(gram) DO UPDATE SET units = units + excluded.units", "$gram", "$units");
        foreach (var (g, count) in frequencies)
        {
            Bind(frequency, g, count);
            frequency.ExecuteNonQuery();
        }

        transaction.Commit();
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

    // One block row per (bigram, token count) per batch: a search reads a list in a few rows, not one per unit.
    private void WritePostings(SqliteTransaction transaction, List<(long Gram, int TokenCount, long UnitId)> postings)
    {
        using var posting = Command(transaction, "INSERT INTO fuzzy_posting(gram, token_count, first_unit, units) VALUES ($gram, $count, $first, $units)", "$gram", "$count", "$first", "$units");
        postings.Sort();
        var ids = new List<long>();
        for (var start = 0; start < postings.Count;)
        {
            var (gram, count, _) = postings[start];
            var end = start;
            ids.Clear();
            while (end < postings.Count && postings[end].Gram == gram && postings[end].TokenCount == count)
            {
                ids.Add(postings[end++].UnitId);
            }

            Bind(posting, gram, count, ids[0], PostingBlock.Encode([.. ids]));
            posting.ExecuteNonQuery();
            start = end;
        }
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
