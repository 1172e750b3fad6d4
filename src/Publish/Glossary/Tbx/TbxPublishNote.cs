namespace Publish.Glossary.Tbx;

/// <summary>The <c>publish: kind=… case=… compounds=…</c> note; see <see cref="TbxNames.PublishNotePrefix"/>.</summary>
internal static class TbxPublishNote
{
    public static string Format(GlossaryEntry entry) =>
        $"{TbxNames.PublishNotePrefix} kind={GlossaryTsvFormat.KindWord(entry.Kind)} case={GlossaryTsvFormat.CaseWord(entry.CaseSensitive)} compounds={GlossaryTsvFormat.CompoundsWord(entry.Compounds)}";

    /// <summary>
    /// Only a note that is nothing but the prefix and key=value pairs counts, so a usage note that happens to
    /// start with "publish:" is kept as a usage note.
    /// </summary>
    public static bool IsPublishNote(string text) =>
        text.StartsWith(TbxNames.PublishNotePrefix, StringComparison.Ordinal)
        && Pairs(text).ToList() is { Count: > 0 } pairs
        && pairs.All(p => p.Length == 2 && p[0].Length > 0);

    /// <summary>The key=value pairs of the note. Unknown keys are ignored, so later versions may add some.</summary>
    public static Dictionary<string, string> Parse(string text) =>
        Pairs(text)
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);

    private static IEnumerable<string[]> Pairs(string text) =>
        text[TbxNames.PublishNotePrefix.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2));
}
