namespace Publish.Glossary.Recognition;

/// <summary>
/// Conservative Dutch inflections of a <see cref="TermKind.Term"/> form, applied to its last word only
/// ("geannoteerde agenda" → "geannoteerde agenda's"). Only endings whose plural or adjective form is
/// regular are inflected; anything else (single vowel + single consonant: "top" → "toppen", "verdrag" →
/// "verdragen"; words ending in -f or -s: "brief" → "brieven") is left to the glossary's variants column.
/// The rules are listed in Recognition/README.md.
/// </summary>
internal static class DutchInflections
{
    private const string Vowels = "aeiouy";

    /// <summary>Generated forms of <paramref name="form"/>, without the form itself and without duplicates.</summary>
    public static IReadOnlyList<string> Of(string form)
    {
        var lastSpace = form.LastIndexOf(' ');
        var head = form[..(lastSpace + 1)];
        var word = form[(lastSpace + 1)..];
        var endings = new List<string>(3);
        AddPlurals(word, endings);
        AddAdjectiveE(word, endings);
        return endings.Select(inflected => head + inflected).Where(f => f != form).Distinct(StringComparer.Ordinal).ToList();
    }

    private static void AddPlurals(string word, List<string> forms)
    {
        // Only the ending matters, so a hyphenated word inflects its last part: EU-lidstaat → EU-lidstaten.
        var lower = word[(word.LastIndexOf('-') + 1)..].ToLowerInvariant();
        if (lower.Length < 3 || !lower.All(char.IsLetter))
        {
            return;
        }

        var last = lower[^1];
        var beforeLast = lower[^2];
        if (lower.EndsWith('e') || EndsWithAny(lower, "el", "em", "er", "en"))
        {
            // Unstressed endings take -s: motie → moties, sanctie → sancties, minister → ministers.
            forms.Add(word + "s");
            if (lower.EndsWith("el", StringComparison.Ordinal))
            {
                // Both are written: maatregels, maatregelen.
                forms.Add(word + "en");
            }
        }
        else if (IsVowel(last) && beforeLast != last && !(last == 'u' && IsVowel(beforeLast)))
        {
            // A final long vowel keeps its length with 's: agenda → agenda's, scenario → scenario's.
            // A doubled vowel ("zoo") or -au/-eu/-ou ("plateau") takes a plain -s instead: left to the variants column.
            forms.Add(word + "'s");
        }
        else if (!IsVowel(last) && last is not ('f' or 's') && !IsVowel(beforeLast))
        {
            // Two final consonants close the syllable either way: land → landen, standpunt → standpunten.
            forms.Add(word + "en");
        }
        else if (!IsVowel(last) && last is not ('f' or 's') && IsVowel(beforeLast) && lower.Length >= 4 && IsVowel(lower[^3]))
        {
            var vowelPair = lower.Substring(lower.Length - 3, 2);
            if (vowelPair is "aa" or "ee" or "oo" or "uu")
            {
                // An open syllable drops the doubled vowel: bondgenoot → bondgenoten, lidstaat → lidstaten.
                forms.Add(word[..^2] + word[^1] + "en");
            }
            else if (!IsVowel(lower.Length >= 4 ? lower[^4] : 'x'))
            {
                // Diphthongs and ie/oe stay as written: besluit → besluiten, verzoek → verzoeken.
                forms.Add(word + "en");
            }
        }
    }

    private static void AddAdjectiveE(string word, List<string> forms)
    {
        var lower = word[(word.LastIndexOf('-') + 1)..].ToLowerInvariant();
        if (EndsWithAny(lower, "isch", "air", "ig", "lijk") || IsParticiple(lower))
        {
            // militair → militaire, geannoteerd → geannoteerde, nucleair → nucleaire.
            forms.Add(word + "e");
        }
        else if (EndsWithAny(lower, "aal", "eel"))
        {
            // The open syllable drops a doubled vowel: nationaal → nationale, structureel → structurele.
            forms.Add(word[..^2] + word[^1] + "e");
        }
    }

    // Past participles used as adjectives: ge- … -d/-t, long enough not to be a plain noun like "geld".
    private static bool IsParticiple(string lower) =>
        lower.Length >= 7 && lower.StartsWith("ge", StringComparison.Ordinal) && lower[^1] is 'd' or 't';

    private static bool IsVowel(char c) => Vowels.Contains(c, StringComparison.Ordinal);

    private static bool EndsWithAny(string lower, params string[] endings) =>
        endings.Any(ending => lower.EndsWith(ending, StringComparison.Ordinal));
}
