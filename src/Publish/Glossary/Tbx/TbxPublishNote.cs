namespace Publish.Glossary.Tbx;

/// <summary>The <c>publish: kind=… case=… compounds=…</c> note; see <see cref="TbxNames.PublishNotePrefix"/>.</summary>
internal static class TbxPublishNote
{
    public static string Format(GlossaryEntry entry) =>
        $"{TbxNames.PublishNotePrefix} kind={GlossaryTsvFormat.KindWord(entry.Kind)} case={GlossaryTsvFormat.CaseWord(entry.CaseSensitive)} compounds={GlossaryTsvFormat.CompoundsWord(entry.Compounds)}";

    public static bool IsPublishNote(string text) => text.StartsWith(TbxNames.PublishNotePrefix, StringComparison.Ordinal);

    /// <summary>The key=value pairs of the note; unknown keys are kept so the caller can report them.</summary>
    public static Dictionary<string, string> Parse(string text) =>
        text[TbxNames.PublishNotePrefix.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
}
