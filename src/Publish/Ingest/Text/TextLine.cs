using System.Text;

namespace Publish.Ingest.Text;

/// <summary>
/// One physical line of a PDF extraction. A leading space or a form feed marks the first line of a new page
/// in these extractions; it is kept as <see cref="StartsPage"/> and removed from <see cref="Text"/>.
/// </summary>
internal sealed record TextLine(int Number, string Text, bool StartsPage)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>Splits text into normalised lines: NFC, soft hyphens and zero-width characters dropped, any run of
    /// Unicode spaces collapsed to one space (justified text leaves double spaces), trailing space trimmed.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        int number = 0;
        bool pendingPageBreak = false;
        // Not ReplaceLineEndings: it treats a form feed as a line end, and here a form feed is a page break.
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u0085', '\n').Split('\n'))
        {
            number++;
            var parts = raw.Contains('\f', StringComparison.Ordinal) ? raw.Split('\f') : [raw];
            for (int i = 0; i < parts.Length; i++)
            {
                bool formFeed = i > 0;
                var part = parts[i];
                bool leadingSpace = part.Length > 0 && IsSpace(part[0]);
                var clean = Normalise(part);
                if (clean.Length == 0)
                {
                    pendingPageBreak |= formFeed;
                    if (i == 0)
                    {
                        lines.Add(new TextLine(number, "", false));
                    }

                    continue;
                }

                lines.Add(new TextLine(number, clean, leadingSpace || formFeed || pendingPageBreak));
                pendingPageBreak = false;
            }
        }

        return lines;
    }

    private static string Normalise(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        // Most lines need nothing but trimming: find out without allocating.
        bool rebuild = false, maybeDecomposed = false;
        for (int i = start; i < end && !rebuild; i++)
        {
            char c = s[i];
            rebuild = c is '\t' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF'
                || (c == ' ' && s[i - 1] == ' ') || (c > '\u007F' && IsSpace(c));
            maybeDecomposed |= c >= '\u0300';
        }

        var result = rebuild ? Rebuild(s, start, end) : start == 0 && end == s.Length ? s : s[start..end];
        return (rebuild || maybeDecomposed) && !result.IsNormalized(NormalizationForm.FormC) ? result.Normalize(NormalizationForm.FormC) : result;
    }

    /// <summary>Drops soft hyphens and zero-width characters and collapses runs of Unicode spaces to one space.</summary>
    private static string Rebuild(string s, int start, int end)
    {
        var sb = new StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(c);
            space = false;
        }

        return sb.ToString();
    }

    private static bool IsSpace(char c) =>
        c is ' ' or '\t' || (c > '\u007F' && (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator));
}
