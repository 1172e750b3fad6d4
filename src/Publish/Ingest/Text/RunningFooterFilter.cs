using System.Text.RegularExpressions;

namespace Publish.Ingest.Text;

/// <summary>
/// Takes the furniture of printed parliamentary papers out of the text: the running footer
/// ("Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396 28"), the masthead and colophon ("Tweede Kamer der
/// Staten-Generaal", "Vergaderjaar 2023–2024", "ah-tk-20232024-1076", "ISSN 0921 - 7398", "’s-Gravenhage 2024"),
/// the Aanhangsel number and bare page numbers. Each marks a page break; what it identifies goes into the
/// document's metadata.
/// </summary>
internal static partial class RunningFooterFilter
{
    /// <summary>Footers, masthead and colophon; run before footnote bodies are looked for.</summary>
    public static List<TextLine> Apply(List<TextLine> lines, IDictionary<string, string> metadata) =>
        Replace(lines, i => IsFurniture(lines, i, metadata));

    /// <summary>
    /// Bare page numbers between blank lines; run after footnote bodies were found, because pdftotext also
    /// writes a footnote's number alone on its line.
    /// </summary>
    public static List<TextLine> RemovePageNumbers(List<TextLine> lines, bool[] isFootnoteLine) =>
        Replace(lines, i => !isFootnoteLine[i] && PageNumber().IsMatch(lines[i].Text)
            && (i == 0 || lines[i - 1].IsBlank) && (i == lines.Count - 1 || lines[i + 1].IsBlank));

    /// <summary>Blanks the chosen lines (keeping line numbers aligned) and marks the next text line as a new page.</summary>
    private static List<TextLine> Replace(List<TextLine> lines, Func<int, bool> isFurniture)
    {
        var result = new List<TextLine>(lines.Count);
        bool pageBreak = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.IsBlank && isFurniture(i))
            {
                result.Add(line with { Text = "", StartsPage = false });
                pageBreak = true;
                continue;
            }

            if (pageBreak && !line.IsBlank)
            {
                line = line with { StartsPage = true };
                pageBreak = false;
            }

            result.Add(line);
        }

        return result;
    }

    private static bool IsFurniture(List<TextLine> lines, int i, IDictionary<string, string> metadata)
    {
        var text = lines[i].Text;
        if (!FurnitureStarts.Contains(text[0]))
        {
            return false;
        }

        if (TryReadFurniture(text, metadata) is not null)
        {
            return true;
        }

        // The Aanhangsel number stands alone right above "Vragen van het lid …".
        if (IsAanhangselNumber(text, i + 1 < lines.Count ? lines[i + 1].Text : null))
        {
            metadata.TryAdd("number", text);
            return true;
        }

        return false;
    }

    /// <summary>
    /// When the line is a running footer, masthead or colophon line, records what it identifies in
    /// <paramref name="metadata"/> and returns the metadata key ("citation", "identifier", "issn", "imprint",
    /// "chamber", "session"); otherwise null. The PDF reader shares it, so both formats give the same metadata.
    /// </summary>
    internal static string? TryReadFurniture(string text, IDictionary<string, string> metadata)
    {
        foreach (var (pattern, key) in Patterns)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                metadata.TryAdd(key, m.Groups["v"].Success ? m.Groups["v"].Value : m.Value);
                return key;
            }
        }

        return null;
    }

    /// <summary>Whether a line is the Aanhangsel number, a bare number standing right above "Vragen van …".</summary>
    internal static bool IsAanhangselNumber(string text, string? next) =>
        AanhangselNumber().IsMatch(text) && next is not null && next.StartsWith("Vragen van ", StringComparison.Ordinal);

    /// <summary>First characters of every furniture line: body lines starting otherwise skip the patterns.</summary>
    private static readonly System.Buffers.SearchValues<char> FurnitureStarts = System.Buffers.SearchValues.Create("TEVIakhbs’'0123456789");

    private static readonly (Regex Pattern, string Key)[] Patterns =
    [
        (KamerFooter(), "citation"),
        (Identifier(), "identifier"),
        (Issn(), "issn"),
        (PlaceAndYear(), "imprint"),
        (Chamber(), "chamber"),
        (Session(), "session"),
    ];

    [GeneratedRegex(@"^(?<v>(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, .+?)(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex KamerFooter();

    [GeneratedRegex(@"^(?:ah|kst|h|blg|stb|stcrt)-(?:tk|ek)?-?\d{8}-\d+(?:-n\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^ISSN (?<v>\d{4}\s*-\s*\d{3}[\dX])$", RegexOptions.CultureInvariant)]
    private static partial Regex Issn();

    [GeneratedRegex(@"^[’']s-Gravenhage \d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndYear();

    [GeneratedRegex(@"^(?:Tweede|Eerste) Kamer der Staten-Generaal$", RegexOptions.CultureInvariant)]
    private static partial Regex Chamber();

    [GeneratedRegex(@"^Vergaderjaar (?<v>\d{4}\s*[–-]\s*\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Session();

    [GeneratedRegex(@"^\d{1,5}$")]
    private static partial Regex AanhangselNumber();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
