namespace Publish.Glossary;

/// <summary>The words of the TSV format (glossary/README.md) and their mapping to the entry model.</summary>
internal static class GlossaryTsvFormat
{
    public const char ListSeparator = '|';

    public static readonly IReadOnlyList<string> Columns =
        ["id", "nl", "variants", "en", "forbidden", "kind", "case", "compounds", "domain", "note", "source"];

    public static readonly IReadOnlyList<string> KnownDomains =
        ["nato", "eu", "parliament", "government", "diplomacy", "defence", "security", "general"];

    public static string Header => string.Join('\t', Columns);

    public static string KindWord(TermKind kind) => kind switch
    {
        TermKind.Acronym => "acronym",
        TermKind.Name => "name",
        TermKind.Title => "title",
        _ => "term",
    };

    public static TermKind? ParseKind(string word) => word switch
    {
        "acronym" => TermKind.Acronym,
        "name" => TermKind.Name,
        "title" => TermKind.Title,
        "term" => TermKind.Term,
        _ => null,
    };

    public static string CaseWord(bool caseSensitive) => caseSensitive ? "sensitive" : "insensitive";

    public static bool? ParseCase(string word) => word switch
    {
        "sensitive" => true,
        "insensitive" => false,
        _ => null,
    };

    public static string CompoundsWord(CompoundUse use) => use switch
    {
        CompoundUse.Hyphen => "hyphen",
        CompoundUse.Closed => "closed",
        _ => "none",
    };

    public static CompoundUse? ParseCompounds(string word) => word switch
    {
        "none" => CompoundUse.None,
        "hyphen" => CompoundUse.Hyphen,
        "closed" => CompoundUse.Closed,
        _ => null,
    };

    /// <summary>
    /// The entry's cells in column order, exactly as they would be written in a TSV file. The version hash,
    /// the diff and the TSV writer all use this one rendering, so they cannot disagree about what changed.
    /// </summary>
    public static IReadOnlyList<string> Cells(GlossaryEntry entry) =>
    [
        entry.Id,
        entry.Source,
        string.Join(ListSeparator, entry.Variants),
        entry.Target,
        string.Join(ListSeparator, entry.Forbidden),
        KindWord(entry.Kind),
        CaseWord(entry.CaseSensitive),
        CompoundsWord(entry.Compounds),
        entry.Domain ?? "",
        entry.Note ?? "",
        entry.Reference ?? "",
    ];

    public static string Row(GlossaryEntry entry) => string.Join('\t', Cells(entry));

    /// <summary>A whole TSV file: a comment naming its origin, the header and one row per entry.</summary>
    public static void Write(TextWriter writer, IEnumerable<GlossaryEntry> entries, string comment)
    {
        writer.Write("# " + comment + "\n");
        writer.Write(Header + "\n");
        foreach (var entry in entries)
        {
            writer.Write(Row(entry) + "\n");
        }
    }
}
