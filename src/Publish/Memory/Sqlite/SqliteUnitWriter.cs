using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Writes one batch of units in one IMMEDIATE transaction: insert new units with their fuzzy bigrams, or
/// update a unit with the same identity (source hash, context hashes, target language), moving a replaced
/// target to <c>unit_history</c>. Gram frequencies are summed per batch and written once per distinct gram.
/// </summary>
internal sealed class SqliteUnitWriter(SqliteConnection connection)
{
    public int Write(IReadOnlyList<TranslationUnit> units) => SqliteBusyRetry.Run(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var find = Command(transaction, "SELECT id, target, creator, changed FROM unit WHERE source_hash = $hash AND prev_hash = $prev AND next_hash = $next AND target_lang = $lang", "$hash", "$prev", "$next", "$lang");
        using var insert = Command(
            transaction,
            """
            INSERT INTO unit(source, target, source_lang, target_lang, source_norm, source_hash, prev_hash, next_hash,
                             document_id, creator, created, changed, glossary_version, fuzzy_tokens, token_count)
            VALUES ($source, $target, $slang, $tlang, $norm, $hash, $prev, $next, $doc, $creator, $created, $changed, $glossary, $tokens, $count)
            RETURNING id
            """,
            "$source", "$target", "$slang", "$tlang", "$norm", "$hash", "$prev", "$next", "$doc", "$creator", "$created", "$changed", "$glossary", "$tokens", "$count");
        using var update = Command(transaction, "UPDATE unit SET source = $source, target = $target, document_id = $doc, creator = $creator, changed = $changed, glossary_version = $glossary WHERE id = $id", "$source", "$target", "$doc", "$creator", "$changed", "$glossary", "$id");
        using var history = Command(transaction, "INSERT INTO unit_history(unit_id, target, creator, changed) VALUES ($unit, $target, $creator, $changed)", "$unit", "$target", "$creator", "$changed");
        using var posting = Command(transaction, "INSERT INTO fuzzy_posting(gram, token_count, first_unit, units) VALUES ($gram, $count, $first, $units)", "$gram", "$count", "$first", "$units");
        var frequencies = new Dictionary<long, int>();
        var postings = new List<(long Gram, int TokenCount, long UnitId)>();
        var added = 0;
        foreach (var unit in units)
        {
            var normalized = SegmentNormalizer.Normalize(unit.Source);
            var hash = SegmentNormalizer.Hash(normalized);
            Bind(find, hash, unit.PreviousSourceHash, unit.NextSourceHash, unit.TargetLanguage);
            using (var existing = find.ExecuteReader())
            {
                if (existing.Read())
                {
                    var id = existing.GetInt64(0);
                    if (!string.Equals(existing.GetString(1), unit.Target, StringComparison.Ordinal))
                    {
                        Bind(history, id, existing.GetString(1), existing.IsDBNull(2) ? null : existing.GetString(2), existing.GetInt64(3));
                        history.ExecuteNonQuery();
                    }

                    existing.Close();
                    Bind(update, unit.Source, unit.Target, unit.DocumentId, unit.Creator, unit.Changed.ToUnixTimeMilliseconds(), unit.GlossaryVersion, id);
                    update.ExecuteNonQuery();
                    continue;
                }
            }

            var tokens = MatchTokenizer.Tokenize(normalized);
            Bind(
                insert, unit.Source, unit.Target, unit.SourceLanguage, unit.TargetLanguage, normalized, hash, unit.PreviousSourceHash,
                unit.NextSourceHash, unit.DocumentId, unit.Creator, unit.Created.ToUnixTimeMilliseconds(), unit.Changed.ToUnixTimeMilliseconds(),
                unit.GlossaryVersion, MatchTokenizer.Serialize(tokens), tokens.Length);
            var unitId = (long)insert.ExecuteScalar()!;
            foreach (var g in FuzzyGrams.Of(tokens).Distinct())
            {
                postings.Add((g, tokens.Length, unitId));
                frequencies[g] = frequencies.GetValueOrDefault(g) + 1;
            }

            added++;
        }

        // One block row per (bigram, token count) per batch: a search reads a list in a few rows, not one per unit.
        postings.Sort();
        foreach (var block in postings.GroupBy(p => (p.Gram, p.TokenCount)))
        {
            var ids = block.Select(p => p.UnitId).ToArray();
            Bind(posting, block.Key.Gram, block.Key.TokenCount, ids[0], PostingBlock.Encode(ids));
            posting.ExecuteNonQuery();
        }

        using var frequency = Command(transaction, "INSERT INTO fuzzy_gram_frequency(gram, units) VALUES ($gram, $units) ON CONFLICT(gram) DO UPDATE SET units = units + excluded.units", "$gram", "$units");
        foreach (var (g, count) in frequencies)
        {
            Bind(frequency, g, count);
            frequency.ExecuteNonQuery();
        }

        transaction.Commit();
        return added;
    });

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
