namespace Publish.Segmentation.Placeables;

/// <summary>Dutch month and weekday names with their English equivalents.</summary>
internal static class DutchCalendarNames
{
    /// <summary>Regex alternation of the month names, first letter in either case ("april", "April"), or all in capitals as in report titles ("APRIL").</summary>
    public const string MonthPattern =
        "[Jj]anuari|[Ff]ebruari|[Mm]aart|[Aa]pril|[Mm]ei|[Jj]uni|[Jj]uli|[Aa]ugustus|[Ss]eptember|[Oo]ktober|[Nn]ovember|[Dd]ecember"
        + "|JANUARI|FEBRUARI|MAART|APRIL|MEI|JUNI|JULI|AUGUSTUS|SEPTEMBER|OKTOBER|NOVEMBER|DECEMBER";

    /// <summary>The month names for a quick search, in any case.</summary>
    public static readonly System.Buffers.SearchValues<string> MonthNames = System.Buffers.SearchValues.Create(
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Indexed by DayOfWeek: Sunday first.
    private static readonly string[] DutchWeekdays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    /// <summary>1-based month number of a Dutch month name in any case.</summary>
    public static int MonthNumber(ReadOnlySpan<char> dutchName)
    {
        for (var i = 0; i < DutchMonths.Length; i++)
        {
            if (dutchName.Equals(DutchMonths[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"Not a Dutch month name: {dutchName}", nameof(dutchName));
    }

    public static string EnglishMonth(int month) => EnglishMonths[month - 1];

    /// <summary>English weekday names are the <see cref="DayOfWeek"/> member names.</summary>
    public static string EnglishWeekday(DayOfWeek day) => day.ToString();

    /// <summary>
    /// Whether a Dutch weekday name (any case) stands immediately before <paramref name="end"/>, separated
    /// from it by one space and preceded by a non-letter: "maandag 10 januari" → Monday, starting at 0.
    /// </summary>
    public static bool TryFindWeekdayBefore(string text, int end, out int start, out DayOfWeek day)
    {
        start = end;
        day = default;
        if (end < 2 || text[end - 1] != ' ')
        {
            return false;
        }

        var before = text.AsSpan(0, end - 1);
        for (var i = 0; i < DutchWeekdays.Length; i++)
        {
            var name = DutchWeekdays[i];
            if (before.EndsWith(name, StringComparison.OrdinalIgnoreCase)
                && (before.Length == name.Length || !char.IsLetter(before[before.Length - name.Length - 1])))
            {
                start = before.Length - name.Length;
                day = (DayOfWeek)i;
                return true;
            }
        }

        return false;
    }
}
