using System.Globalization;

namespace Publish.Segmentation.Placeables;

/// <summary>A Kamer registration number such as "2021Z20741" (Z: zaak) or "2021D50613" (D: document).</summary>
internal sealed record KamerRegistrationNumber(int Year, char Series, string Serial) : PlaceableValue
{
    /// <summary>Registration numbers are identifiers: English text cites them unchanged.</summary>
    public override string ToEnglish() => string.Concat(Year.ToString(CultureInfo.InvariantCulture), Series.ToString(), Serial);
}
