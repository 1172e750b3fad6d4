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
        var lines = new List<TextLine>(text.Length / 60);
        int number = 0;
        bool pendingPageBreak = false;
        var rest = text.AsSpan();
        while (true)
        {
            // Not EnumerateLines or ReplaceLineEndings: they treat a form feed as a line end, and here it is a page break.
            int end = rest.IndexOfAny(LineEnds);
            var raw = end < 0 ? rest : rest[..end];
            number++;
            int part = 0;
            foreach (var range in raw.Split('\f'))
            {
                var piece = raw[range];
                bool formFeed = part++ > 0;
                var clean = Normalise(piece);
                if (clean.Length == 0)
                {
                    pendingPageBreak |= formFeed;
                    if (!formFeed)
                    {
                        lines.Add(new TextLine(number, "", false));
                    }

                    continue;
                }

                lines.Add(new TextLine(number, clean, IsSpace(piece[0]) || formFeed || pendingPageBreak));
                pendingPageBreak = false;
            }

            if (end < 0)
            {
                return lines;
            }

            int skip = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1;
            rest = rest[(end + skip)..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> LineEnds = System.Buffers.SearchValues.Create("\r\n\u2028\u0085");

    private static string Normalise(ReadOnlySpan<char> s)
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
            maybeDecomposed |= MayNeedComposition(c);
        }

        var result = rebuild ? Rebuild(s[start..end]) : new string(s[start..end]);
        return (rebuild || maybeDecomposed) && !result.IsNormalized(NormalizationForm.FormC) ? result.Normalize(NormalizationForm.FormC) : result;
    }

    /// <summary>
    /// Characters that NFC may change: combining marks and the scripts and compatibility blocks above U+1100.
    /// Latin letters with accents (é, ï) and the punctuation block (– ’ “ €) are already composed.
    /// </summary>
    private static bool MayNeedComposition(char c) =>
        c is >= '\u0300' and <= '\u036F' || (c >= '\u1100' && c is not (>= '\u2010' and <= '\u20CF'));

    /// <summary>Drops soft hyphens and zero-width characters and collapses runs of Unicode spaces to one space.</summary>
    private static string Rebuild(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        for (int i = 0; i < s.Length; i++)
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
