using Microsoft.Data.Sqlite;
using Publish.Documents;
using Publish.Memory.Sqlite;

namespace Publish.Projects;

/// <summary>
/// The project store in one SQLite file (<c>.publish/project.db</c>): WAL journal, so a killed editor loses
/// no committed confirmation and readers never block the writer; a busy timeout and retries, so two commands
/// may run at once; every write one IMMEDIATE transaction (<see cref="SqliteProjectWriter"/>).
/// </summary>
public sealed partial class SqliteProjectStore : IProjectStore
{
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly SqliteConnection connection;
    private readonly SqliteProjectWriter writer;
    private readonly string targetLanguage;

    private SqliteProjectStore(SqliteConnection connection, string targetLanguage)
    {
        this.connection = connection;
        this.targetLanguage = targetLanguage;
        writer = new SqliteProjectWriter(connection);
    }

    public static SqliteProjectStore Open(string path, string targetLanguage = "en-GB")
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}");
            // WAL with synchronous = NORMAL: a committed transaction survives a killed process (https://sqlite.org/wal.html).
            SqliteBusyRetry.Run(() => Execute(connection, "PRAGMA journal_mode = WAL"));
            Execute(connection, "PRAGMA synchronous = NORMAL");
            Execute(connection, "PRAGMA foreign_keys = ON");
            SqliteProjectSchema.Migrate(connection);
            return new SqliteProjectStore(connection, targetLanguage);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new PublishInputException(full, "cannot open as a project store: " + e.Message.Replace('\n', ' '), inner: e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<ProjectDocument> Documents() => ReadDocuments("SELECT id, source_path, source_sha256, glossary_version, added, updated FROM document ORDER BY position", null);

    public ProjectDocument? FindDocument(string documentId) =>
        ReadDocuments("SELECT id, source_path, source_sha256, glossary_version, added, updated FROM document WHERE id = $id", documentId).FirstOrDefault();

    public PublishDocument LoadSource(string documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT snapshot FROM document WHERE id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        return command.ExecuteScalar() is string snapshot
            ? DocumentSnapshot.Deserialize(snapshot)
            : throw new KeyNotFoundException($"no document '{documentId}' in the project");
    }

    public TranslatedDocument LoadTranslated(string documentId) =>
        new(documentId, LoadSource(documentId), Translations(documentId), targetLanguage);

    public IReadOnlyList<StoredSegment> Segments(string documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT segment_id, ordinal, source, source_hash, prev_hash, next_hash, words FROM segment WHERE document_id = $id ORDER BY ordinal";
        command.Parameters.AddWithValue("$id", documentId);
        var segments = new List<StoredSegment>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            segments.Add(new StoredSegment(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt32(6)));
        }

        return segments;
    }

    public IReadOnlyDictionary<string, SegmentTranslation> Translations(string documentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TranslationRows.Columns} FROM translation WHERE document_id = $id";
        command.Parameters.AddWithValue("$id", documentId);
        var translations = new Dictionary<string, SegmentTranslation>(StringComparer.Ordinal);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var translation = TranslationRows.Read(reader);
            translations[translation.SegmentId] = translation;
        }

        return translations;
    }

    public IReadOnlyList<SegmentTranslation> History(string documentId, string segmentId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {TranslationRows.Columns} FROM translation_history WHERE document_id = $document AND segment_id = $segment ORDER BY id";
        command.Parameters.AddWithValue("$document", documentId);
        command.Parameters.AddWithValue("$segment", segmentId);
        var revisions = new List<SegmentTranslation>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            revisions.Add(TranslationRows.Read(reader));
        }

        return revisions;
    }

    public void SaveDocument(ProjectDocument document, PublishDocument source, IReadOnlyList<StoredSegment> segments, IReadOnlyList<SegmentTranslation> translations) =>
        SqliteBusyRetry.Run(() => writer.SaveDocument(document, DocumentSnapshot.Serialize(source), segments, translations));

    public void SaveTranslations(IReadOnlyList<TranslationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count > 0)
        {
            SqliteBusyRetry.Run(() => writer.SaveTranslations(changes));
        }
    }

    public void Dispose() => connection.Dispose();

    private List<ProjectDocument> ReadDocuments(string sql, string? id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        var documents = new List<ProjectDocument>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(new ProjectDocument(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        }

        return documents;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
