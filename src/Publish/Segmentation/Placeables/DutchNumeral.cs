using System.Globalization;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// A number as written in Dutch ("1.000", "2,5", "1.000.000,75"): dot groups thousands, comma marks decimals.
/// </summary>
internal readonly record struct DutchNumeral(string Written, decimal Value)
{
    /// <summary>
    /// Regex fragment for a Dutch numeral: grouped thousands with an optional decimal part, or plain digits
    /// with an optional decimal part. Callers add their own boundaries.
    /// </summary>
    public const string Pattern = @"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?";

    /// <summary>
    /// A numeral starts a token: not glued to a letter or digit ("NAVO2030", "S300", "G7"), nor to one through
    /// a hyphen, point, comma or slash ("F-35", "B-61-12", "c.s.1", the "5" of "2.5").
    /// </summary>
    public const string Start = @"(?<![\p{L}\p{N}_]|[\p{L}\p{N}][-.,/])";

    /// <summary>A numeral ends where no digit follows, directly or after a point or comma ("2.5" is not "2").</summary>
    public const string End = @"(?![0-9]|[.,][0-9])";

    /// <summary>English notation keeps the digits and swaps the separators: "1.000,5" → "1,000.5".</summary>
    public string English => string.Create(Written.Length, Written, static (span, written) =>
    {
        for (var i = 0; i < written.Length; i++)
        {
            span[i] = written[i] switch
            {
                '.' => ',',
                ',' => '.',
                var c => c,
            };
        }
    });

    /// <summary>
    /// Parses a numeral the <see cref="Pattern"/> matched; false when it is too large for a decimal (more than 28
    /// digits: an identifier, not a quantity, and copied as text).
    /// </summary>
    public static bool TryParse(string written, out DutchNumeral numeral)
    {
        var valid = TryParseValue(written, out var value);
        numeral = new DutchNumeral(written, value);
        return valid;
    }

    /// <summary><see cref="TryParse"/> without a string: the span recognisers check the same condition.</summary>
    public static bool TryParseValue(ReadOnlySpan<char> written, out decimal value)
    {
        const int StackLimit = 128;
        var invariant = written.Length <= StackLimit ? stackalloc char[written.Length] : new char[written.Length];
        var length = 0;
        foreach (var c in written)
        {
            if (c != '.')
            {
                invariant[length++] = c == ',' ? '.' : c;
            }
        }

        return decimal.TryParse(invariant[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
