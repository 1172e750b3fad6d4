using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>The unit columns every read selects, and the mapping from a row to a <see cref="TranslationUnit"/>.</summary>
internal static class SqliteUnitColumns
{
    public const string List =
        "u.id, u.source, u.target, u.source_lang, u.target_lang, u.prev_hash, u.next_hash, u.document_id, u.creator, u.created, u.changed, u.glossary_version";

    /// <summary>Number of columns in <see cref="List"/>; extra selected columns follow them.</summary>
    public const int Count = 12;

    public static TranslationUnit Read(SqliteDataReader row) => new(row.GetString(1), row.GetString(2))
    {
        Id = row.GetInt64(0),
        SourceLanguage = row.GetString(3),
        TargetLanguage = row.GetString(4),
        PreviousSourceHash = row.GetInt64(5),
        NextSourceHash = row.GetInt64(6),
        DocumentId = row.IsDBNull(7) ? null : row.GetString(7),
        Creator = row.IsDBNull(8) ? null : row.GetString(8),
        Created = DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(9)),
        Changed = DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(10)),
        GlossaryVersion = row.IsDBNull(11) ? null : row.GetString(11),
    };

    public static List<TranslationUnit> ReadAll(SqliteCommand command)
    {
        var units = new List<TranslationUnit>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            units.Add(Read(reader));
        }

        return units;
    }
}
