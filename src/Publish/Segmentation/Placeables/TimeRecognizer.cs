using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds times of day: "14.00 uur" (the span includes "uur") and "9:30". A dotted time needs "uur" because
/// "14.00" alone could be a number; a colon is unambiguous.
/// </summary>
internal sealed partial class TimeRecognizer : IPlaceableCandidateRecognizer
{
    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        // "14.00 uur" or "9:30": without "uur" or a colon there is no time of day.
        if (!text.Contains(':', StringComparison.Ordinal) && !text.Contains("uur", StringComparison.Ordinal))
        {
            return;
        }

        foreach (Match match in TimeOfDay().Matches(text))
        {
            var value = new TimeOfDayValue(
                int.Parse(match.Groups["hour"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["minute"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture));
            candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Time, value));
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,:])(?<hour>[01]?[0-9]|2[0-3])(?:[.:](?<minute>[0-5][0-9])\s?uur|:(?<minute>[0-5][0-9]))(?![\p{L}\p{N}]|[.:,][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
