using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Tests.Memory;

/// <summary>
/// The hand-written scanner and the import's storage path against the definitions they replace: the regular
/// expression the tokenizer used, tokens serialised one by one, and normalisation by the full rule.
/// </summary>
public sealed partial class MatchTokenizerProperties
{
    private static readonly string[] Pieces =
    [
        "De", "minister", "NAVO", "Oekraïne", "EU-lidstaten", "zo'n", "’s", "a-", "-b", "''", "--", "’’", "Ⅻ", "x²", "١٢",
        "Ωμέγα", "İstanbul", "ǅ", "😀", "394", "12,5", "€", "3 maart 2024", "36 045, nr. 12", "https://www.nato.int/x.", "info@minbuza.nl",
        ".", ",", "?", "(", ")", "\"", "'", "’", "‘", "“", "”", "„", "«", "-", "–", " ", "  ", "\t", "\n", "\u00A0", "\u2009", "\u0085", "e\u0301",
    ];

    private static readonly Arbitrary<string> Text = Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    // A lone surrogate cannot come from XML or be normalised, but the scanner must treat it as the expression does.
    private static readonly Arbitrary<string> AnyText = Gen.Elements([.. Pieces, "\uD800", "\uDC00"]).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1_000)]
    public Property The_scanner_finds_exactly_what_the_word_expression_finds() =>
        Prop.ForAll(AnyText, text => Scanned(text).SequenceEqual(Word().Matches(text).Select(m => (m.Index, m.Length))));

    [Property(MaxTest = 500)]
    public Property Tokenizing_for_storage_equals_serialising_the_tokens() =>
        Prop.ForAll(Text, text =>
        {
            var normalized = SegmentNormalizer.Normalize(text);
            var tokens = MatchTokenizer.Tokenize(normalized);
            var stored = MatchTokenizer.TokenizeForStorage(normalized, out var count);
            return stored == MatchTokenizer.Serialize(tokens) && count == tokens.Length
                && FuzzyGrams.DistinctOfStored(stored, count).SequenceEqual(FuzzyGrams.Distinct(FuzzyGrams.Of(tokens)));
        });

    [Property(MaxTest = 1_000)]
    public Property Normalising_equals_the_full_rule_whether_or_not_the_text_was_normal_already() =>
        Prop.ForAll(Text, text => SegmentNormalizer.Normalize(text) == FullRule(text) && SegmentNormalizer.Normalize(FullRule(text)) == FullRule(text));

    [Fact]
    public void Words_are_lower_cased_and_keep_their_internal_apostrophes_and_hyphens()
    {
        var tokens = MatchTokenizer.Tokenize("Zo'n EU-lidstaten – (NAVO)?");

        Assert.Equal(["zo'n", "eu-lidstaten", "–", "(", "navo", ")", "?"], tokens.Select(t => t.Key));
    }

    private static List<(int Start, int Length)> Scanned(string text)
    {
        var found = new List<(int, int)>();
        var position = 0;
        while (MatchWordScanner.Next(text, ref position, out var start, out var length))
        {
            found.Add((start, length));
        }

        return found;
    }

    // NFC, white space runs to one space, trimmed, typographic quotes to ASCII (docs/translation-memory.md).
    private static string FullRule(string text)
    {
        var collapsed = Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim(' ');
        var result = new StringBuilder();
        foreach (var c in collapsed)
        {
            result.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' => '\'',
                '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
                _ => c,
            });
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
