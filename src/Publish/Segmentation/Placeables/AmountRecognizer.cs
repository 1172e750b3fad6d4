using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds sums of money with a currency before ("EUR 75 miljoen", "€2,5 miljard", "€ 500.000,-",
/// "USD 1 miljard", "$40 miljard") or after the number ("1,5 miljard euro").
/// </summary>
internal sealed partial class AmountRecognizer : IPlaceableCandidateRecognizer
{
    private const string Scale = @"(?<scale>miljoen|miljard|biljoen|duizend|mln\.?|mld\.?|mrd\.?)(?!\p{L})";

    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        // Every amount names its currency: skip the regex for the many sentences that name none.
        if (text.AsSpan().IndexOfAny(CurrencyHints) < 0)
        {
            return;
        }

        foreach (Match match in Amount().Matches(text))
        {
            if (!DutchNumeral.TryParse(match.Groups["amount"].Value, out var numeral))
            {
                continue;
            }

            var currency = match.Groups["currency"].Success
                ? match.Groups["currency"].Value
                : CurrencyOfWord(match.Groups["currencyWord"].ValueSpan);
            var scale = match.Groups["scale"].Success ? EnglishScale(match.Groups["scale"].ValueSpan) : null;
            var value = new MonetaryAmount(currency, numeral, scale);
            candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Amount, value));
        }
    }

    private static string CurrencyOfWord(ReadOnlySpan<char> word) =>
        word.StartsWith("dollar", StringComparison.OrdinalIgnoreCase) ? "$" : "€";

    /// <summary>Dutch "biljoen" is 10^12, an English trillion; "miljard" is a billion.</summary>
    private static string EnglishScale(ReadOnlySpan<char> dutch) => dutch.TrimEnd('.') switch
    {
        "miljoen" or "mln" => "million",
        "miljard" or "mld" or "mrd" => "billion",
        "biljoen" => "trillion",
        _ => "thousand",
    };

    private static readonly System.Buffers.SearchValues<string> CurrencyHints =
        System.Buffers.SearchValues.Create(["EUR", "USD", "GBP", "€", "$", "£", "euro", "Euro", "dollar", "Dollar"], StringComparison.Ordinal);

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?<currency>EUR|USD|GBP|€|\$|£)\s?(?<amount>" + DutchNumeral.Pattern + @")" + DutchNumeral.End
        + @"(?:\s" + Scale + @")?(?:,[-–](?![\p{L}\p{N}]))?"
        + @"|" + DutchNumeral.Start + @"(?<amount>" + DutchNumeral.Pattern + @")" + DutchNumeral.End
        + @"\s(?:" + Scale + @"\s)?(?<currencyWord>[Ee]uro|[Dd]ollar)(?!\p{L})",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
