using Microsoft.Data.Sqlite;
using Publish.Memory.Sqlite;

namespace Publish.Projects;

/// <summary>The store's side of batch regeneration: glossary snapshots, per-document rebuild commits, the rebuild log and the build manifest.</summary>
public sealed partial class SqliteProjectStore
{
    public void SaveGlossarySnapshot(string version, string entries) => SqliteBusyRetry.Run(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Run(transaction, "INSERT INTO glossary_snapshot(version, entries, stored) VALUES ($version, $entries, $now) ON CONFLICT(version) DO NOTHING",
            ("$version", version), ("$entries", entries), ("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        transaction.Commit();
    });

    public string? FindGlossarySnapshot(string version)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT entries FROM glossary_snapshot WHERE version = $version";
        command.Parameters.AddWithValue("$version", version);
        return command.ExecuteScalar() as string;
    }

    public void SaveRebuild(RebuildCommit commit)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var snapshot = commit.Source is null ? null : DocumentSnapshot.Serialize(commit.Source);
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            var found = snapshot is null
                ? Run(transaction, "UPDATE document SET glossary_version = $glossary WHERE id = $id", ("$glossary", commit.GlossaryVersion), ("$id", commit.DocumentId))
                : Run(transaction, "UPDATE document SET glossary_version = $glossary, snapshot = $snapshot, updated = $now WHERE id = $id",
                    ("$glossary", commit.GlossaryVersion), ("$snapshot", snapshot), ("$now", now), ("$id", commit.DocumentId));
            if (found == 0)
            {
                throw new KeyNotFoundException($"no document '{commit.DocumentId}' in the project");
            }

            writer.WriteTranslations(transaction, commit.Translations.Select(t => new TranslationChange(commit.DocumentId, t)).ToList());
            if (commit.Translations.Count > 0 || snapshot is not null)
            {
                Run(transaction, "UPDATE build_output SET stale = 1 WHERE document_id = $id", ("$id", commit.DocumentId));
            }

            if (commit.Log is { } log)
            {
                Run(transaction, "INSERT INTO rebuild_log(document_id, glossary_from, glossary_to, result, finished) VALUES ($id, $from, $to, $result, $now)",
                    ("$id", commit.DocumentId), ("$from", (object?)log.GlossaryFrom ?? DBNull.Value), ("$to", log.GlossaryTo), ("$result", log.Result), ("$now", now));
            }

            transaction.Commit();
        });
    }

    public IReadOnlyList<RebuildLogEntry> UnreportedRebuilds(string glossaryVersion)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, document_id, glossary_from, glossary_to, result, finished FROM rebuild_log WHERE reported = 0 AND glossary_to = $to ORDER BY id";
        command.Parameters.AddWithValue("$to", glossaryVersion);
        var entries = new List<RebuildLogEntry>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            entries.Add(new RebuildLogEntry(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }

        return entries;
    }

    public void MarkReported(IReadOnlyList<long> logIds)
    {
        ArgumentNullException.ThrowIfNull(logIds);
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var id in logIds)
            {
                Run(transaction, "UPDATE rebuild_log SET reported = 1 WHERE id = $id", ("$id", id));
            }

            transaction.Commit();
        });
    }

    public IReadOnlyList<BuildOutputRecord> BuildOutputs(string? documentId = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document_id, path, renderer, manifest, inputs_sha256, output_sha256, stale, built FROM build_output"
            + (documentId is null ? "" : " WHERE document_id = $id") + " ORDER BY document_id, path";
        if (documentId is not null)
        {
            command.Parameters.AddWithValue("$id", documentId);
        }

        var records = new List<BuildOutputRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            records.Add(new BuildOutputRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                reader.GetInt64(6) != 0, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return records;
    }

    public void SaveBuildOutput(BuildOutputRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            Run(
                transaction,
                """
                INSERT INTO build_output(document_id, path, renderer, manifest, inputs_sha256, output_sha256, stale, built)
                VALUES ($id, $path, $renderer, $manifest, $inputs, $output, 0, $built)
                ON CONFLICT(document_id, path) DO UPDATE SET renderer = excluded.renderer, manifest = excluded.manifest,
                    inputs_sha256 = excluded.inputs_sha256, output_sha256 = excluded.output_sha256, stale = 0, built = excluded.built
                """,
                ("$id", record.DocumentId), ("$path", record.Path), ("$renderer", record.Renderer), ("$manifest", record.Manifest),
                ("$inputs", record.InputsSha256), ("$output", record.OutputSha256), ("$built", record.Built.ToUnixTimeMilliseconds()));
            transaction.Commit();
        });
    }

    private int Run(SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters) =>
        SqliteStatement.Run(connection, transaction, sql, parameters);
}
