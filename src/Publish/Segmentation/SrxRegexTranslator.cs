using System.Globalization;
using System.Text;

namespace Publish.Segmentation;

/// <summary>
/// Rewrites the ICU regular expressions that SRX 2.0 rules use (SRX 2.0 §2.5, "Regular expressions")
/// into .NET syntax. Most of ICU's syntax means the same in .NET; this handles the differences we meet:
/// <list type="bullet">
/// <item><c>\Q…\E</c> quoting becomes escaped literals (ICU allows it, .NET does not).</item>
/// <item><c>\x{h…}</c> becomes <c>\uhhhh</c>, or a surrogate pair above U+FFFF.</item>
/// <item><c>\pL</c> becomes <c>\p{L}</c>; POSIX-style names (<c>\p{Alpha}</c>, <c>\p{Punct}</c>, <c>\p{Upper}</c>,
/// <c>\p{Lower}</c>, <c>\p{Digit}</c>, <c>\p{Space}</c>) become .NET categories.</item>
/// <item><c>\h</c> (horizontal space) becomes <c>[\t\p{Zs}]</c>.</item>
/// </list>
/// Not supported, and refused with an explanation: possessive quantifiers (<c>*+</c>, <c>++</c>, <c>?+</c>) and
/// character class intersection (<c>&amp;&amp;</c>). Whatever else .NET rejects is reported by the caller.
/// </summary>
internal static class SrxRegexTranslator
{
    // ICU/POSIX property names .NET lacks: (positive, negated) .NET forms usable inside and outside a class.
    private static readonly Dictionary<string, (string Positive, string Negated)> PropertyNames = new(StringComparer.Ordinal)
    {
        ["Alpha"] = (@"\p{L}", @"\P{L}"),
        ["IsAlphabetic"] = (@"\p{L}", @"\P{L}"),
        ["Punct"] = (@"\p{P}", @"\P{P}"),
        ["Upper"] = (@"\p{Lu}", @"\P{Lu}"),
        ["Lower"] = (@"\p{Ll}", @"\P{Ll}"),
        ["Digit"] = (@"\d", @"\D"),
        ["Space"] = (@"\s", @"\S"),
    };

    /// <summary>The .NET form of an ICU pattern; throws <see cref="FormatException"/> for what .NET cannot express.</summary>
    public static string Translate(string icu)
    {
        var sb = new StringBuilder(icu.Length + 8);
        var inClass = 0;
        for (var i = 0; i < icu.Length; i++)
        {
            var c = icu[i];
            if (c == '\\' && i + 1 < icu.Length)
            {
                i = TranslateEscape(icu, i, inClass > 0, sb);
                continue;
            }

            if (c == '[')
            {
                inClass++;
            }
            else if (c == ']' && inClass > 0)
            {
                inClass--;
            }
            else if (c == '&' && inClass > 0 && i + 1 < icu.Length && icu[i + 1] == '&')
            {
                throw new FormatException("character class intersection (&&) is not supported");
            }
            else if (c == '+' && inClass == 0 && i > 0 && IsQuantifierEnd(icu, i - 1))
            {
                throw new FormatException("possessive quantifiers (*+, ++, ?+) are not supported");
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Whether the pattern refers back to a group, so it cannot be merged with other rules' patterns.</summary>
    public static bool HasBackreference(string dotnetPattern)
    {
        for (var i = 0; i + 1 < dotnetPattern.Length; i++)
        {
            if (dotnetPattern[i] != '\\')
            {
                continue;
            }

            var next = dotnetPattern[i + 1];
            if ((next is >= '1' and <= '9') || next == 'k')
            {
                return true;
            }

            i++;
        }

        return false;
    }

    private static bool IsQuantifierEnd(string s, int i)
    {
        if (s[i] is not ('*' or '+' or '?' or '}'))
        {
            return false;
        }

        // An escaped quantifier character is a literal, not a quantifier.
        var backslashes = 0;
        for (var j = i - 1; j >= 0 && s[j] == '\\'; j--)
        {
            backslashes++;
        }

        // "(?+" is not a thing in ICU; "a?+" is possessive, but "(?" opens a group construct.
        return backslashes % 2 == 0 && !(s[i] == '?' && i > 0 && s[i - 1] == '(');
    }

    private static int TranslateEscape(string s, int i, bool inClass, StringBuilder sb)
    {
        var e = s[i + 1];
        switch (e)
        {
            case 'Q':
                var end = s.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? s[(i + 2)..] : s[(i + 2)..end];
                foreach (var ch in literal)
                {
                    AppendLiteral(ch, sb);
                }

                return end < 0 ? s.Length - 1 : end + 1;
            case 'E':
                return i + 1;
            case 'x' when i + 2 < s.Length && s[i + 2] == '{':
                var close = s.IndexOf('}', i + 3);
                if (close < 0)
                {
                    throw new FormatException(@"unterminated \x{…} escape");
                }

                var code = int.Parse(s.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                foreach (var ch in char.ConvertFromUtf32(code))
                {
                    AppendLiteral(ch, sb);
                }

                return close;
            case 'h':
                sb.Append(inClass ? @"\t\p{Zs}" : @"[\t\p{Zs}]");
                return i + 1;
            case 'p' or 'P':
                return TranslateProperty(s, i, sb);
            default:
                sb.Append('\\').Append(e);
                return i + 1;
        }
    }

    private static int TranslateProperty(string s, int i, StringBuilder sb)
    {
        var kind = s[i + 1];
        if (i + 2 >= s.Length)
        {
            throw new FormatException($@"\{kind} without a property name");
        }

        if (s[i + 2] != '{')
        {
            sb.Append('\\').Append(kind).Append('{').Append(s[i + 2]).Append('}');
            return i + 2;
        }

        var close = s.IndexOf('}', i + 3);
        if (close < 0)
        {
            throw new FormatException($@"unterminated \{kind}{{…}}");
        }

        var name = s[(i + 3)..close];
        if (PropertyNames.TryGetValue(name, out var forms))
        {
            sb.Append(kind == 'P' ? forms.Negated : forms.Positive);
        }
        else
        {
            sb.Append('\\').Append(kind).Append('{').Append(name).Append('}');
        }

        return close;
    }

    private static void AppendLiteral(char ch, StringBuilder sb)
    {
        if (char.IsAsciiLetterOrDigit(ch))
        {
            sb.Append(ch);
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
        }
    }
}
