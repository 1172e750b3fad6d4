using System.Text.RegularExpressions;

namespace Publish.Glossary.Recognition;

/// <summary>Builds whole-word searches for English glossary renderings in a translation.</summary>
internal static class EnglishPhrase
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The renderings that count as using an entry's English: the preferred rendering itself and, for the
    /// "Name (ABBR)" style ("Foreign Affairs Council (FAC)"), also the name alone and the abbreviation alone,
    /// since English writes the pair once and then either part.
    /// </summary>
    public static IEnumerable<string> AcceptedRenderings(string target)
    {
        yield return target;
        var open = target.LastIndexOf('(');
        if (open > 0 && target.EndsWith(')') && target.Length - open > 2)
        {
            yield return target[..open].TrimEnd();
            yield return target[(open + 1)..^1].Trim();
        }
    }

    /// <summary>
    /// A whole-word pattern for <paramref name="phrase"/>: words may be separated by any whitespace, and with
    /// <paramref name="allowPlural"/> a simple English plural may follow ("ally" → "allies", "state" → "states").
    /// </summary>
    public static Regex Pattern(string phrase, bool caseSensitive, bool allowPlural)
    {
        var words = phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var body = string.Join(@"\s+", words.Select(Regex.Escape));
        if (allowPlural)
        {
            var last = words[^1];
            var endsInConsonantY = last.Length > 1 && last.EndsWith('y') && !"aeiou".Contains(last[^2], StringComparison.Ordinal);
            body = endsInConsonantY ? body[..^1] + "(?:y|ies)" : body + "s?";
        }

        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        return new Regex(@"(?<![\p{L}\p{N}])" + body + @"(?![\p{L}\p{N}])", options, MatchTimeout);
    }
}
