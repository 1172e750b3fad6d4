using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds stand-alone numbers and years: "500", "1.000", "2,5", "2017". Digits that are part of a name or
/// code ("NAVO2030", "S300", "F-35", "AP4-landen", "B-61-12", "G7", "CO2") give no placeable at all: they
/// are copied as part of the word, and ambiguous dotted forms such as "2.5" are left alone too.
/// </summary>
internal sealed partial class NumberRecognizer : IPlaceableCandidateRecognizer
{
    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        foreach (Match match in Number().Matches(text))
        {
            if (DutchNumeral.TryParse(match.Value, out var numeral))
            {
                candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Number, new NumberValue(numeral)));
            }
        }
    }

    public void AddSpans(string text, List<PlaceableSpan> spans)
    {
        foreach (var match in Number().EnumerateMatches(text))
        {
            if (DutchNumeral.TryParseValue(text.AsSpan(match.Index, match.Length), out _))
            {
                spans.Add(new PlaceableSpan(match.Index, match.Length, PlaceableKind.Number));
            }
        }
    }

    // After the numeral: no letter ("2e", "10x"), and no "-digit" (a code such as "61-12" or a date).
    [GeneratedRegex(
        DutchNumeral.Start + @"(?:" + DutchNumeral.Pattern + @")" + DutchNumeral.End + @"(?![\p{L}_/]|-[0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
