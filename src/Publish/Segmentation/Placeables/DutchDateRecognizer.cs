using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds Dutch dates: "4 maart 2022", "6 en 7 april", "4–5 april 2023", "maandag 10 januari",
/// "22 december 2022 jl.", "juni 2022", "10-06-2021". The spans include a leading weekday and a trailing
/// "jl."/"a.s." so that the translator never has to deal with them separately.
/// </summary>
/// <remarks>
/// Every pattern starts at a digit (the month-year form finds its month with a lookbehind, the weekday is
/// looked up in code) so the regex engine can skip ahead with a vectorised digit search.
/// </remarks>
internal sealed partial class DutchDateRecognizer : IPlaceableCandidateRecognizer
{
    private const string DayOfMonth = "[12][0-9]|3[01]|0?[1-9]";
    private const string Year = "(?:19|20)[0-9]{2}";

    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        // Written dates need a month name; most sentences have none, so look before running the regexes.
        if (text.AsSpan().IndexOfAny(DutchCalendarNames.MonthNames) >= 0)
        {
            AddWrittenDates(text, candidates);
        }

        if (text.AsSpan().IndexOfAny(NumericDateSeparators) < 0)
        {
            return;
        }

        foreach (Match match in NumericDate().Matches(text))
        {
            var date = new DutchDate(Number(match.Groups["day"]), null, null, Number(match.Groups["month"]), Number(match.Groups["year"]), null, RelativeDateMarker.None);
            AddIfValid(text, match.Index, match.Length, date, candidates);
        }
    }

    private static readonly System.Buffers.SearchValues<char> NumericDateSeparators = System.Buffers.SearchValues.Create("-/.");

    private static void AddWrittenDates(string text, List<RecognizedPlaceable> candidates)
    {
        foreach (Match match in DayAndMonth().Matches(text))
        {
            var start = match.Index;
            DayOfWeek? weekday = null;
            if (DutchCalendarNames.TryFindWeekdayBefore(text, start, out var weekdayStart, out var day))
            {
                start = weekdayStart;
                weekday = day;
            }

            var relative = match.Groups["relative"].ValueSpan switch
            {
                "" => RelativeDateMarker.None,
                "a.s." => RelativeDateMarker.Next,
                _ => RelativeDateMarker.Last,
            };
            var date = new DutchDate(
                Number(match.Groups["day"]),
                match.Groups["endDay"].Success ? Number(match.Groups["endDay"]) : null,
                match.Groups["separator"].Success ? match.Groups["separator"].Value : null,
                DutchCalendarNames.MonthNumber(match.Groups["month"].ValueSpan),
                match.Groups["year"].Success ? Number(match.Groups["year"]) : null,
                weekday,
                relative);
            AddIfValid(text, start, match.Index + match.Length - start, date, candidates);
        }

        foreach (Match match in MonthAndYear().Matches(text))
        {
            var month = match.Groups["month"];
            var date = new DutchDate(null, null, null, DutchCalendarNames.MonthNumber(month.ValueSpan), Number(match.Groups["year"]), null, RelativeDateMarker.None);
            AddIfValid(text, month.Index, match.Index + match.Length - month.Index, date, candidates);
        }
    }

    private static int Number(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Rejects impossible days ("31 april", "30 februari") where the year lets us check.</summary>
    private static void AddIfValid(string text, int start, int length, DutchDate date, List<RecognizedPlaceable> candidates)
    {
        var lastDay = DateTime.DaysInMonth(date.Year ?? 2000, date.Month);
        if ((date.Day ?? 1) > lastDay || (date.EndDay ?? 1) > lastDay)
        {
            return;
        }

        candidates.Add(RecognizedPlaceable.Create(text, start, length, PlaceableKind.Date, date));
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,\-/])(?<day>" + DayOfMonth + @")"
        + @"(?:(?<separator>\s?[–-]\s?|\sen\s|\sEN\s|\st/m\s|\stot\sen\smet\s)(?<endDay>" + DayOfMonth + @"))?"
        + @"\s(?<month>" + DutchCalendarNames.MonthPattern + @")(?!\p{L})"
        + @"(?:\s(?<year>" + Year + @")(?![\p{L}\p{N}]))?"
        + @"(?:\s(?<relative>jl\.|j\.l\.|a\.s\.))?",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DayAndMonth();

    [GeneratedRegex(
        @"(?<=(?<!\p{L})(?<month>" + DutchCalendarNames.MonthPattern + @")\s)(?<year>" + Year + @")(?![\p{L}\p{N}])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex MonthAndYear();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,\-/])(?<day>" + DayOfMonth + @")(?<sep>[-/.])(?<month>1[0-2]|0?[1-9])\k<sep>(?<year>" + Year + @")(?![\p{L}\p{N}]|[-/.,][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
