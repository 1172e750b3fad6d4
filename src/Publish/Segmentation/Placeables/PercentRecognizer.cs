using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds percentages: "2%", "0,5%", "2 procent". In "2%-norm" the span is "2%": the "-norm" belongs to the
/// word the translator renders ("2% norm"), while the figure itself is the placeable.
/// </summary>
internal sealed partial class PercentRecognizer : IPlaceableCandidateRecognizer
{
    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        if (!text.Contains('%', StringComparison.Ordinal) && !text.Contains("procent", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in Percent().Matches(text))
        {
            if (DutchNumeral.TryParse(match.Groups["amount"].Value, out var numeral))
            {
                candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Percent, new PercentValue(numeral)));
            }
        }
    }

    [GeneratedRegex(
        DutchNumeral.Start + @"(?<amount>" + DutchNumeral.Pattern + @")" + DutchNumeral.End + @"\s?(?:%|procent(?!\p{L}))",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}
