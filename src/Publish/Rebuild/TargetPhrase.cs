using System.Text.RegularExpressions;
using Publish.Glossary.Recognition;

namespace Publish.Rebuild;

/// <summary>Where an exact English rendering stands in a target, as a whole phrase (not inside a longer word).</summary>
internal static partial class TargetPhrase
{
    internal sealed record Occurrence(int Start, int Length, bool Capitalised)
    {
        public int End => Start + Length;
    }

    /// <summary>
    /// Ordinal, whole-phrase occurrences of <paramref name="phrase"/>; at the very start of the target also the
    /// phrase with a capital first letter (a heading or sentence start, as pretranslation writes it).
    /// </summary>
    public static List<Occurrence> Occurrences(string target, string phrase)
    {
        var found = new List<Occurrence>();
        if (phrase.Length == 0)
        {
            return found;
        }

        for (var at = target.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = target.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (IsWhole(target, at, phrase.Length))
            {
                found.Add(new Occurrence(at, phrase.Length, false));
            }
        }

        var capitalised = Capitalise(phrase);
        if (!string.Equals(capitalised, phrase, StringComparison.Ordinal) && target.StartsWith(capitalised, StringComparison.Ordinal) && IsWhole(target, 0, phrase.Length))
        {
            found.Insert(0, new Occurrence(0, phrase.Length, true));
        }

        return found;
    }

    public static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>True when the phrase brings its own article ("the Council"), which must not follow another one.</summary>
    public static bool StartsWithArticle(string phrase) => Article().IsMatch(phrase.Split(' ')[0] + " ");

    /// <summary>"a", "an" or "the" right before <paramref name="start"/> (as written), else null.</summary>
    public static string? ArticleBefore(string target, int start)
    {
        var match = Article().Match(target[..start]);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Written vowel at the start; a spelling test, which is why a mismatch flags rather than rewrites the article.</summary>
    public static bool StartsWithVowel(string phrase) => phrase.Length > 0 && "aeiouAEIOU".Contains(phrase[0], StringComparison.Ordinal);

    private static bool IsWhole(string text, int start, int length)
    {
        var end = start + length;
        var startOk = start == 0 || !TermText.IsWordChar(text[start]) || !TermText.IsWordChar(text[start - 1]);
        var endOk = end == text.Length || !TermText.IsWordChar(text[end - 1]) || !TermText.IsWordChar(text[end]);
        return startOk && endOk;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(a|an|the|A|An|The)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
