namespace Publish.Ingest.Dehyphenation;

/// <summary>
/// The two tokens around a line-end hyphen, reduced to what the rules look at: "(NAVO-veiligheids-" and
/// "sector." give the last segment before the hyphen, "veiligheids", and the word after it, "sector".
/// Leading punctuation, trailing punctuation and footnote digits ("tie2.", "Agema,7") are left out.
/// </summary>
internal readonly record struct LineBreakParts(string LastStemSegment, char Hyphen, string Word)
{
    /// <summary>Hyphen, Unicode hyphen, soft hyphen: the characters a line can end in when a word breaks.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u00AD';

    /// <summary>Null when <paramref name="before"/> does not end in a hyphen after at least one letter or digit.</summary>
    public static LineBreakParts? TryParse(string before, string after)
    {
        if (before.Length < 2 || !IsHyphen(before[^1]))
        {
            return null;
        }

        int lead = 0;
        while (lead < before.Length - 1 && !char.IsLetterOrDigit(before[lead]))
        {
            lead++;
        }

        string stem = before[lead..^1];
        if (stem.Length == 0 || !char.IsLetterOrDigit(stem[^1]))
        {
            return null;
        }

        int segmentStart = stem.Length;
        while (segmentStart > 0 && !IsHyphen(stem[segmentStart - 1]))
        {
            segmentStart--;
        }

        return new LineBreakParts(stem[segmentStart..], before[^1], LeadingWord(after));
    }

    /// <summary>The letters at the start of the token, with inner apostrophes ("cao's"); empty if it starts otherwise.</summary>
    private static string LeadingWord(string token)
    {
        int end = 0;
        while (end < token.Length)
        {
            char c = token[end];
            bool innerApostrophe = c is '\'' or '\u2019' && end > 0 && end + 1 < token.Length && char.IsLetter(token[end + 1]);
            if (!char.IsLetter(c) && !innerApostrophe)
            {
                break;
            }

            end++;
        }

        return token[..end];
    }
}
