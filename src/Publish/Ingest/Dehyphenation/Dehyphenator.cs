using System.Text.RegularExpressions;
using Publish.Ingest.Lexicon;

namespace Publish.Ingest.Dehyphenation;

/// <summary>
/// Decides what a hyphen at the end of a line was: a typesetting break inside a word (remove it), a real
/// hyphen (keep it, close the gap) or a suspended compound (keep hyphen and space). Rules the lexicon
/// cannot know come first (numbers, acronyms, names, URLs, "en"/"of"); then the lexicon and the compound
/// check decide; an unknown word defaults to joining, since most line-end hyphens are typesetting breaks.
/// </summary>
internal sealed partial class Dehyphenator
{
    /// <summary>Conjunctions after which a hyphen marks a suspended compound: "vracht- en verzendkosten".</summary>
    private static readonly HashSet<string> SuspendingConjunctions = new(StringComparer.Ordinal) { "en", "of", "tot", "noch" };

    /// <summary>
    /// First parts Dutch writes with a hyphen before any noun (ex-minister, oud-voorzitter, niet-militair,
    /// kandidaat-lidmaatschap); the lexicon lists only a few of their compounds. Not "vice": current
    /// spelling joins it (vicepremier), and the lexicon has the exceptions.
    /// </summary>
    private static readonly HashSet<string> HyphenatingPrefixes = new(StringComparer.Ordinal)
    {
        "ex", "oud", "niet", "non", "kandidaat", "collega", "aspirant", "adjunct", "interim", "substituut",
    };

    /// <summary>Vowel pairs that would read as one sound if joined, so Dutch writes zee-egel, auto-industrie.</summary>
    private static readonly HashSet<string> VowelDigraphs = new(StringComparer.Ordinal)
    {
        "aa", "ee", "oo", "uu", "ie", "ei", "eu", "ou", "ui", "oe", "au", "ij",
    };

    private readonly DutchLexicon lexicon;

    public Dehyphenator()
        : this(DutchLexicon.Instance)
    {
    }

    public Dehyphenator(DutchLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>
    /// The text that replaces <c>before + " " + after</c>, where <paramref name="before"/> ended a line and
    /// <paramref name="after"/> began the next; <paramref name="following"/> is the token after that, or null.
    /// </summary>
    public string JoinAcrossLineBreak(string before, string after, string? following) =>
        Decide(before, after, following).Text;

    /// <summary>As <see cref="JoinAcrossLineBreak"/>, with the outcome and the rule that decided it.</summary>
    public DehyphenationDecision Decide(string before, string after, string? following)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        if (LineBreakParts.TryParse(before, after) is not { } parts)
        {
            return new(before + " " + after, DehyphenationOutcome.NotHyphenated, "line does not end in a hyphenated word");
        }

        if (parts.Hyphen == '\u00AD')
        {
            return Joined(before, after, "soft hyphen");
        }

        if (UrlPattern().IsMatch(before))
        {
            return Kept(before, after, "URL: a hyphen inside an address is part of it");
        }

        if (parts.Word.Length == 0)
        {
            return after.Length > 0 && char.IsDigit(after[0])
                ? Kept(before, after, "number after the hyphen (29023-276)")
                : new(before + " " + after, DehyphenationOutcome.NotHyphenated, "next line does not start with a word");
        }

        string segment = parts.LastStemSegment;
        string word = parts.Word;
        string segmentLower = DutchLexicon.Normalise(segment);
        string wordLower = DutchLexicon.Normalise(word);

        if (SuspendingConjunctions.Contains(wordLower) && (following is not null || lexicon.IsWordOrCompound(segment)))
        {
            return new(before + " " + after, DehyphenationOutcome.Suspended, $"suspended compound before \"{word}\"");
        }

        if (IsAllCapitals(segment))
        {
            return IsAllCapitals(word) && lexicon.IsWordOrCompound(segmentLower + wordLower)
                ? Joined(before, after, "word in capitals broken across lines")
                : Kept(before, after, "acronym before the hyphen (NAVO-, ENTSO-E-)");
        }

        if (segment.Any(char.IsDigit))
        {
            return Kept(before, after, "digits before the hyphen");
        }

        if (segment.Skip(1).Any(char.IsUpper))
        {
            return Kept(before, after, "acronym or name with inner capitals before the hyphen (EU-, GroenLinks-)");
        }

        if (char.IsUpper(word[0]))
        {
            return Kept(before, after, "capitalised second part (Oost-Europa)");
        }

        string joined = segmentLower + wordLower;
        if (lexicon.Contains(segmentLower + "-" + wordLower))
        {
            return Kept(before, after, "lexicon spells it with a hyphen");
        }

        if (lexicon.Contains(joined))
        {
            return Joined(before, after, "lexicon word");
        }

        if (HyphenatingPrefixes.Contains(segmentLower))
        {
            return Kept(before, after, $"\"{segmentLower}-\" is written with a hyphen");
        }

        bool capitalised = char.IsUpper(segment[0]);
        if (capitalised && lexicon.IsProperNoun(segment))
        {
            return Kept(before, after, "proper noun as first part (Oekraïne-crisis)");
        }

        if (VowelDigraphs.Contains(string.Concat(segmentLower[^1], wordLower[0])))
        {
            return Kept(before, after, "vowels would merge into one sound without the hyphen (zee-egel)");
        }

        if (lexicon.IsWordOrCompound(joined))
        {
            return Joined(before, after, "compound of lexicon words");
        }

        if (capitalised && !lexicon.IsWordOrCompound(segment) && lexicon.IsWordOrCompound(word))
        {
            return Kept(before, after, "unknown name before a word (Yamal-leiding)");
        }

        return Joined(before, after, "unknown word: a typesetting break is most likely");
    }

    private static DehyphenationDecision Joined(string before, string after, string reason) =>
        new(before[..^1] + after, DehyphenationOutcome.Joined, reason);

    private static DehyphenationDecision Kept(string before, string after, string reason) =>
        new(before + after, DehyphenationOutcome.KeptHyphen, reason);

    private static bool IsAllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>A scheme, "www." or a domain followed by a path: the token is (part of) an address.</summary>
    [GeneratedRegex(@"://|www\.|\.[a-z]{2,6}/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
