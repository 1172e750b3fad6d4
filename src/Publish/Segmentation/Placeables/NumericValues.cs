using System.Globalization;

namespace Publish.Segmentation.Placeables;

/// <summary>A plain number: "1.000" → "1,000", "2,5" → "2.5", "2017" → "2017".</summary>
internal sealed record NumberValue(DutchNumeral Number) : PlaceableValue
{
    public override string ToEnglish() => Number.English;
}

/// <summary>A percentage, "2%", "0,5%" or "2 procent"; English always uses the sign: "2%", "0.5%".</summary>
internal sealed record PercentValue(DutchNumeral Number) : PlaceableValue
{
    public override string ToEnglish() => Number.English + "%";
}

/// <summary>A time of day, "14.00 uur" or "9:30"; English uses the 24-hour clock with a colon: "14:00".</summary>
internal sealed record TimeOfDayValue(int Hour, int Minute) : PlaceableValue
{
    public override string ToEnglish() => string.Create(CultureInfo.InvariantCulture, $"{Hour}:{Minute:00}");
}

/// <summary>
/// A sum of money: <see cref="Currency"/> is the English prefix ("€", "$", "EUR", "USD"), <see cref="Scale"/>
/// the English scale word ("million", "billion") if any. "EUR 75 miljoen" → "EUR 75 million",
/// "€ 2,5 miljard" → "€2.5 billion", "1,5 miljard euro" → "€1.5 billion".
/// </summary>
internal sealed record MonetaryAmount(string Currency, DutchNumeral Number, string? Scale) : PlaceableValue
{
    public override string ToEnglish()
    {
        // Symbols are written against the number, ISO codes with a space, as in EU and UK style guides.
        var separator = Currency.Length == 1 ? "" : " ";
        var english = Currency + separator + Number.English;
        return Scale is null ? english : english + " " + Scale;
    }
}
