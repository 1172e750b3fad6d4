using System.Text;

namespace Publish.Ingest.Text;

/// <summary>Decides what replaces "before after" when a line ended in a hyphen (the dehyphenation rule).</summary>
internal delegate string LineEndHyphenResolver(string before, string after, string? following);

/// <summary>Joins the lines of one paragraph into running text, repairing line-end hyphenation.</summary>
internal static class LineJoiner
{
    public static string Join(IReadOnlyList<TextLine> lines, LineEndHyphenResolver resolveHyphen)
    {
        var text = new StringBuilder(lines[0].Text);
        for (int i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (EndsInBrokenUrl(text))
            {
                text.Append(next);
                continue;
            }

            if (!EndsInWordHyphen(text))
            {
                text.Append(' ').Append(next);
                continue;
            }

            int tokenStart = LastIndexOfSpace(text) + 1;
            string before = text.ToString(tokenStart, text.Length - tokenStart);
            int afterEnd = next.IndexOf(' ', StringComparison.Ordinal);
            if (afterEnd < 0)
            {
                afterEnd = next.Length;
            }

            string after = next[..afterEnd];
            string? following = afterEnd < next.Length ? FirstToken(next[(afterEnd + 1)..]) : FirstTokenOfLine(lines, i + 1);
            text.Length = tokenStart;
            text.Append(resolveHyphen(before, after, following)).Append(next.AsSpan(afterEnd));
        }

        return text.ToString();
    }

    /// <summary>"verde-" is a broken word; " -" and "–" are dashes, not hyphens.</summary>
    private static bool EndsInWordHyphen(StringBuilder text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);

    /// <summary>A web address broken after a slash ("https://", "…/overijssel/") continues without a space.</summary>
    private static bool EndsInBrokenUrl(StringBuilder text)
    {
        if (text.Length == 0 || text[^1] != '/')
        {
            return false;
        }

        var token = text.ToString(LastIndexOfSpace(text) + 1, text.Length - LastIndexOfSpace(text) - 1);
        return token.Contains("://", StringComparison.Ordinal) || token.Contains("www.", StringComparison.Ordinal);
    }

    private static int LastIndexOfSpace(StringBuilder text)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static string FirstToken(string s)
    {
        int end = s.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? s : s[..end];
    }

    private static string? FirstTokenOfLine(IReadOnlyList<TextLine> lines, int index) =>
        index < lines.Count ? FirstToken(lines[index].Text) : null;
}
