using Microsoft.Data.Sqlite;
using Publish.Documents;

namespace Publish.Projects;

/// <summary>
/// The store's writes, each one IMMEDIATE transaction (the write lock taken up front, so two writers never
/// deadlock upgrading a read lock): a document version with its segments and kept translations, or a batch
/// of translations. A replaced or dropped translation is copied to <c>translation_history</c> first.
/// </summary>
internal sealed class SqliteProjectWriter(SqliteConnection connection)
{
    private const string Upsert = $"""
        INSERT INTO translation(document_id, {TranslationRows.Columns})
        VALUES ($document, $segment, $target, $status, $score, $origin, $by, $changed)
        ON CONFLICT(document_id, segment_id) DO UPDATE SET
            target = excluded.target, status = excluded.status, match_score = excluded.match_score,
            origin = excluded.origin, changed_by = excluded.changed_by, changed = excluded.changed
        """;

    private const string ToHistory = $"""
        INSERT INTO translation_history(document_id, {TranslationRows.Columns}, replaced)
        SELECT document_id, {TranslationRows.Columns}, $now FROM translation WHERE document_id = $document
        """;

    public void SaveDocument(ProjectDocument document, string snapshot, IReadOnlyList<StoredSegment> segments, IReadOnlyList<SegmentTranslation> translations)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Run(transaction, ToHistory, ("$document", document.Id), ("$now", now));
        Run(transaction, "DELETE FROM segment WHERE document_id = $document", ("$document", document.Id));
        Run(
            transaction,
            """
            INSERT INTO document(id, position, source_path, source_sha256, glossary_version, snapshot, added, updated)
            VALUES ($id, (SELECT coalesce(max(position), 0) + 1 FROM document), $path, $sha, $glossary, $snapshot, $added, $updated)
            ON CONFLICT(id) DO UPDATE SET source_path = excluded.source_path, source_sha256 = excluded.source_sha256,
                glossary_version = excluded.glossary_version, snapshot = excluded.snapshot, updated = excluded.updated
            """,
            ("$id", document.Id),
            ("$path", document.SourcePath),
            ("$sha", document.SourceSha256),
            ("$glossary", (object?)document.GlossaryVersion ?? DBNull.Value),
            ("$snapshot", snapshot),
            ("$added", document.Added.ToUnixTimeMilliseconds()),
            ("$updated", document.Updated.ToUnixTimeMilliseconds()));

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO segment(document_id, segment_id, ordinal, source, source_hash, prev_hash, next_hash, words)
                VALUES ($document, $segment, $ordinal, $source, $hash, $prev, $next, $words)
                """;
            foreach (var segment in segments)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$document", document.Id);
                insert.Parameters.AddWithValue("$segment", segment.SegmentId);
                insert.Parameters.AddWithValue("$ordinal", segment.Ordinal);
                insert.Parameters.AddWithValue("$source", segment.Source);
                insert.Parameters.AddWithValue("$hash", segment.SourceHash);
                insert.Parameters.AddWithValue("$prev", segment.PreviousHash);
                insert.Parameters.AddWithValue("$next", segment.NextHash);
                insert.Parameters.AddWithValue("$words", segment.Words);
                insert.ExecuteNonQuery();
            }
        }

        using (var upsert = connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = Upsert;
            foreach (var translation in translations)
            {
                TranslationRows.Bind(upsert, document.Id, translation);
                upsert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public void SaveTranslations(IReadOnlyList<TranslationChange> changes)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        WriteTranslations(transaction, changes);
        transaction.Commit();
    }

    /// <summary>Writes translations inside <paramref name="transaction"/>; the caller commits.</summary>
    public void WriteTranslations(SqliteTransaction transaction, IReadOnlyList<TranslationChange> changes)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM segment WHERE document_id = $document AND segment_id = $segment";
        using var history = connection.CreateCommand();
        history.Transaction = transaction;
        history.CommandText = ToHistory + " AND segment_id = $segment";
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = Upsert;
        foreach (var (documentId, translation) in changes)
        {
            exists.Parameters.Clear();
            exists.Parameters.AddWithValue("$document", documentId);
            exists.Parameters.AddWithValue("$segment", translation.SegmentId);
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                // Disposing the transaction uncommitted rolls every earlier change of the batch back.
                throw new KeyNotFoundException($"{documentId}: no segment '{translation.SegmentId}'");
            }

            history.Parameters.Clear();
            history.Parameters.AddWithValue("$document", documentId);
            history.Parameters.AddWithValue("$segment", translation.SegmentId);
            history.Parameters.AddWithValue("$now", now);
            history.ExecuteNonQuery();
            TranslationRows.Bind(upsert, documentId, translation);
            upsert.ExecuteNonQuery();
        }
    }

    private void Run(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters) =>
        SqliteStatement.Run(connection, transaction, sql, parameters);
}
