using System.Text.RegularExpressions;

namespace Publish.Ingest.Text;

/// <summary>
/// Takes the furniture of printed parliamentary papers out of the text: the running footer
/// ("Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396 28"), colophon identifiers ("ah-tk-20232024-1076")
/// and bare page numbers. Each marks a page break; what it identifies goes into the document's metadata.
/// </summary>
internal static partial class RunningFooterFilter
{
    public static List<TextLine> Apply(List<TextLine> lines, IDictionary<string, string> metadata)
    {
        var result = new List<TextLine>(lines.Count);
        bool pageBreak = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsFurniture(lines, i, metadata))
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
        var footer = KamerFooter().Match(text);
        if (footer.Success)
        {
            metadata.TryAdd("citation", footer.Groups["citation"].Value);
            return true;
        }

        var identifier = Identifier().Match(text);
        if (identifier.Success)
        {
            metadata.TryAdd("identifier", identifier.Value);
            return true;
        }

        // A bare page number stands alone between blank lines (or at the start or end of the text).
        return PageNumber().IsMatch(text)
            && (i == 0 || lines[i - 1].IsBlank)
            && (i == lines.Count - 1 || lines[i + 1].IsBlank);
    }

    [GeneratedRegex(@"^(?<citation>(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, .+?)(?:\s+\d{1,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex KamerFooter();

    [GeneratedRegex(@"^(?:ah|kst|h|blg|stb|stcrt)-(?:tk|ek)?-?\d{8}-\d+(?:-n\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();
}
