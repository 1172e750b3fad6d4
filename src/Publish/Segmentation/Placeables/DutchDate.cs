using System.Globalization;
using System.Text;

namespace Publish.Segmentation.Placeables;

/// <summary>Whether a Dutch date carried "jl." (jongstleden, last) or "a.s." (aanstaande, next).</summary>
internal enum RelativeDateMarker
{
    None,
    Last,
    Next,
}

/// <summary>
/// A date as written in Dutch: "4 maart 2022", "6 en 7 april", "4–5 april 2023", "maandag 10 januari",
/// "juni 2022", "10-06-2021". <see cref="EndDay"/> and <see cref="DaySeparator"/> describe a two-day form.
/// </summary>
internal sealed record DutchDate(
    int? Day,
    int? EndDay,
    string? DaySeparator,
    int Month,
    int? Year,
    DayOfWeek? Weekday,
    RelativeDateMarker Relative) : PlaceableValue
{
    /// <summary>
    /// British day-month-year order: "Monday 10 January", "6 and 7 April", "4–5 April 2023", "June 2022".
    /// "jl."/"a.s." are dropped: "22 maart jl." is just "22 March" in English text.
    /// </summary>
    public override string ToEnglish()
    {
        var english = new StringBuilder(24);
        if (Weekday is { } weekday)
        {
            english.Append(DutchCalendarNames.EnglishWeekday(weekday)).Append(' ');
        }

        if (Day is { } day)
        {
            english.Append(day.ToString(CultureInfo.InvariantCulture));
            if (EndDay is { } endDay)
            {
                english.Append(EnglishSeparator(DaySeparator)).Append(endDay.ToString(CultureInfo.InvariantCulture));
            }

            english.Append(' ');
        }

        english.Append(DutchCalendarNames.EnglishMonth(Month));
        if (Year is { } year)
        {
            english.Append(' ').Append(year.ToString(CultureInfo.InvariantCulture));
        }

        return english.ToString();
    }

    /// <summary>"en" → " and "; a hyphen, en dash or "t/m" → an unspaced en dash, the English range style.</summary>
    private static string EnglishSeparator(string? dutch) => dutch?.Trim().ToLowerInvariant() switch
    {
        "en" => " and ",
        "tot en met" => " to ",
        _ => "–",
    };
}
