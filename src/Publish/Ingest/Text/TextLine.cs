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
            var parts = raw.Split('\f');
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
        var sb = new StringBuilder(s.Length);
        bool space = true;
        foreach (char c in s)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (IsSpace(c))
            {
                if (!space)
                {
                    sb.Append(' ');
                }

                space = true;
                continue;
            }

            sb.Append(c);
            space = false;
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        var result = sb.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;
}
