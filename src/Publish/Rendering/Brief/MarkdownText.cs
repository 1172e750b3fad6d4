using System.Text;

namespace Publish.Rendering.Brief;

/// <summary>Document text made safe to paste into Markdown (CommonMark §2.4 backslash escapes).</summary>
internal static class MarkdownText
{
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '|')
            {
                result.Append('\\');
            }

            result.Append(c is '\n' or '\r' ? ' ' : c);
        }

        // A paragraph must not start like a heading, list item or block quote.
        if (result.Length > 0 && result[0] is '#' or '-' or '+' or '=')
        {
            result.Insert(0, '\\');
        }

        int digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < result.Length && result[digits] is '.' or ')')
        {
            result.Insert(digits, '\\');
        }

        return result.ToString();
    }
}
