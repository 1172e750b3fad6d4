using System.Text;

namespace Publish.Ingest.Lexicon;

/// <summary>
/// Dutch full-form words from OpenTaal's Hunspell dictionary (embedded, see build-lexicon.sh), with a
/// compound check for the open-ended compounds no word list holds (veiligheidssector, gasrichtlijn).
/// Loaded once, on first use, by whichever thread gets there first; afterwards read-only and thread-safe.
/// </summary>
internal sealed class DutchLexicon
{
    /// <summary>Shortest part a compound is split into: "gas" in gasrichtlijn; shorter parts make nonsense splits.</summary>
    internal const int MinCompoundPartLength = 3;

    /// <summary>Long compounds are built from shorter ones the list already has, so three parts suffice.</summary>
    internal const int MaxCompoundParts = 3;

    private const string WordsResource = "Publish.Ingest.Lexicon.nl-words.txt.gz";
    private const string ProperNounsResource = "Publish.Ingest.Lexicon.nl-proper-nouns.txt.gz";

    /// <summary>
    /// Dutch linking elements between compound parts: veiligheid-s-sector, paard-e-bloem, boek-en-kast,
    /// kind-er-bescherming.
    /// </summary>
    private static readonly string[] LinkingElements = ["s", "e", "en", "er"];

    private static readonly Lazy<DutchLexicon> Shared = new(LoadFromResources, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrontCodedWordList words;
    private readonly FrontCodedWordList properNouns;

    private DutchLexicon(FrontCodedWordList words, FrontCodedWordList properNouns)
    {
        this.words = words;
        this.properNouns = properNouns;
    }

    public static DutchLexicon Instance => Shared.Value;

    public int WordCount => words.Count;

    public int ProperNounCount => properNouns.Count;

    /// <summary>True when the word, in any letter case, is a Dutch full form ("Mogelijkheden", "de-escalatie").</summary>
    public bool Contains(string word) => words.Contains(Normalise(word));

    /// <summary>True for words OpenTaal writes only with a capital: names of places, people, peoples ("Oekraïne").</summary>
    public bool IsProperNoun(string word) => properNouns.Contains(Normalise(word));

    /// <summary>
    /// True when the word is in the list, or is a compound of two or three listed words, optionally joined
    /// by a linking element (-s-, -e-, -en-, -er-), each part at least <see cref="MinCompoundPartLength"/> letters.
    /// Hyphenated words qualify when every part does.
    /// </summary>
    public bool IsWordOrCompound(string word)
    {
        string normal = Normalise(word);
        if (normal.Length == 0)
        {
            return false;
        }

        if (words.Contains(normal))
        {
            return true;
        }

        if (normal.Contains('-', StringComparison.Ordinal))
        {
            foreach (string part in normal.Split('-'))
            {
                if (part.Length == 0 || !(words.Contains(part) || IsCompound(part, MaxCompoundParts)))
                {
                    return false;
                }
            }

            return true;
        }

        return IsCompound(normal, MaxCompoundParts);
    }

    /// <summary>The form the list is written in: NFC, lowercase, "ij" as two letters, straight apostrophe.</summary>
    internal static string Normalise(string word)
    {
        string composed = word.IsNormalized(NormalizationForm.FormC) ? word : word.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (char c in composed)
        {
            switch (c)
            {
                case '\u0133' or '\u0132':
                    builder.Append("ij");
                    break;
                case '\u2019':
                    builder.Append('\'');
                    break;
                default:
                    builder.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>A fresh copy from the embedded resources; use <see cref="Instance"/> except to measure loading.</summary>
    internal static DutchLexicon LoadFromResources()
    {
        var assembly = typeof(DutchLexicon).Assembly;
        return new DutchLexicon(
            FrontCodedWordList.LoadResource(assembly, WordsResource),
            FrontCodedWordList.LoadResource(assembly, ProperNounsResource));
    }

    private bool IsCompound(ReadOnlySpan<char> word, int maxParts) =>
        IsCompound(word, maxParts, MinCompoundPartLength);

    private bool IsCompound(ReadOnlySpan<char> word, int maxParts, int minPart)
    {
        for (int split = minPart; split <= word.Length - minPart; split++)
        {
            if (IsCompoundHead(word[..split], minPart) && words.Contains(word[split..]))
            {
                return true;
            }
        }

        if (maxParts <= 2)
        {
            return false;
        }

        // Three short parts fit almost anything ("yam-alle-iding" for Yamalleiding), so each part of a
        // three-part compound must be longer.
        int longer = MinCompoundPartLength + 1;
        for (int split = longer; split <= word.Length - (2 * longer); split++)
        {
            if (IsCompoundHead(word[..split], longer) && IsCompound(word[split..], maxParts - 1, longer))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsCompoundHead(ReadOnlySpan<char> head, int minPart)
    {
        if (words.Contains(head))
        {
            return true;
        }

        foreach (string link in LinkingElements)
        {
            if (head.Length - link.Length >= minPart
                && head.EndsWith(link, StringComparison.Ordinal)
                && words.Contains(head[..^link.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
