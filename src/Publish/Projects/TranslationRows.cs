using Microsoft.Data.Sqlite;
using Publish.Documents;

namespace Publish.Projects;

/// <summary>Reads and binds the columns a translation has in both <c>translation</c> and <c>translation_history</c>.</summary>
internal static class TranslationRows
{
    public const string Columns = "segment_id, target, status, match_score, origin, changed_by, changed";

    public static SegmentTranslation Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        Enum.Parse<TranslationStatus>(reader.GetString(2)),
        reader.IsDBNull(3) ? null : reader.GetInt32(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));

    public static void Bind(SqliteCommand command, string documentId, SegmentTranslation translation)
    {
        command.Parameters.Clear();
        command.Parameters.AddWithValue("$document", documentId);
        command.Parameters.AddWithValue("$segment", translation.SegmentId);
        command.Parameters.AddWithValue("$target", (object?)translation.Target ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", translation.Status.ToString());
        command.Parameters.AddWithValue("$score", (object?)translation.MatchScore ?? DBNull.Value);
        command.Parameters.AddWithValue("$origin", (object?)translation.Origin ?? DBNull.Value);
        command.Parameters.AddWithValue("$by", (object?)translation.ChangedBy ?? DBNull.Value);
        command.Parameters.AddWithValue("$changed", (translation.Changed ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds());
    }
}
