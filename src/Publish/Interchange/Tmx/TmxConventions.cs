using System.Globalization;

namespace Publish.Interchange.Tmx;

/// <summary>
/// TMX 1.4b conventions shared by the reader and the writer: the date format (§3.2: ISO 8601
/// "YYYYMMDDThhmmssZ", UTC), language tags (§3.1: RFC 3066, case-insensitive) and Publish's own
/// <c>&lt;prop&gt;</c> types (§3.7: user-defined types start with "x-").
/// </summary>
internal static class TmxConventions
{
    public const string DocumentProp = "x-document";
    public const string GlossaryVersionProp = "x-glossary-version";
    public const string PreviousContextProp = "x-context-prev";
    public const string NextContextProp = "x-context-next";

    private const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string FormatDate(DateTimeOffset date) => date.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The TMX form, or failing that any ISO 8601 date some tools write ("2021-06-10T12:00:00Z").</summary>
    public static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TryParseBasic(text, out var basic))
        {
            return basic;
        }

        if (DateTimeOffset.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            return date.ToUniversalTime();
        }

        return null;
    }

    // The §3.2 form, digit by digit: DateTimeOffset.TryParseExact took a tenth of an import's read pass.
    private static bool TryParseBasic(string text, out DateTimeOffset date)
    {
        date = default;
        if (text.Length != 16 || text[8] != 'T' || text[15] != 'Z')
        {
            return false;
        }

        var digits = 0L;
        for (var i = 0; i < 15; i++)
        {
            var c = text[i];
            if (i == 8)
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            digits = (digits * 10) + (c - '0');
        }

        int Part(long divisor, int modulo) => (int)(digits / divisor % modulo);
        var (year, month, day, hour, minute, second) = (Part(10_000_000_000, 10_000), Part(100_000_000, 100), Part(1_000_000, 100), Part(10_000, 100), Part(100, 100), Part(1, 100));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
    }

    /// <summary>"NL-nl", "nl_nl", "nl-nl" → "nl-NL"; a script subtag is title case ("sr-Latn-RS").</summary>
    public static string NormalizeLanguage(string tag)
    {
        var parts = tag.Trim().Split('-', '_');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i];
        }

        return string.Join('-', parts);
    }

    /// <summary>Whether two tags name the same language: equal primary subtags ("nl" matches "nl-BE").</summary>
    public static bool SameLanguage(string a, string b) =>
        string.Equals(Primary(a), Primary(b), StringComparison.OrdinalIgnoreCase);

    public static string FormatHash(long hash) => hash.ToString("x16", CultureInfo.InvariantCulture);

    public static long ParseHash(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash) ? hash : 0;

    /// <summary>
    /// The variant whose tag is exactly the tu's or header's srclang (TMX 1.4b §2.2, §3.1); else the one in
    /// <paramref name="sourceLanguage"/>; else one in the srclang's language. A srclang naming no variant
    /// exactly is not trusted over the source language: Translate Toolkit's po2tmx writes srclang="en"
    /// whatever the source is.
    /// </summary>
    public static (string Language, string Text)? PickSource(List<(string Language, string Text)> variants, string? declared, string sourceLanguage)
    {
        var usable = declared is null || declared == "*all*" ? null : NormalizeLanguage(declared);
        foreach (var variant in variants.Where(v => usable is not null && string.Equals(v.Language, usable, StringComparison.OrdinalIgnoreCase)))
        {
            return variant;
        }

        foreach (var wanted in new[] { sourceLanguage, usable })
        {
            foreach (var variant in variants.Where(v => wanted is not null && TmxConventions.SameLanguage(v.Language, wanted)))
            {
                return variant;
            }
        }

        return null;
    }

    private static string Primary(string tag)
    {
        var end = tag.IndexOfAny(['-', '_']);
        return end < 0 ? tag : tag[..end];
    }
}
