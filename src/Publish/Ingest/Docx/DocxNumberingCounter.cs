using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Ingest.Docx;

/// <summary>
/// Renders list labels the way Word shows them, for the common cases: one counter per (numId, ilvl),
/// deeper levels restart when a shallower one advances, <c>w:lvlText</c> placeholders %1…%9 are filled
/// with the counters of those levels. ECMA-376 Part 1 §17.9 (numbering): w:num points to a w:abstractNum,
/// whose w:lvl elements give w:start, w:numFmt and w:lvlText; w:lvlOverride/w:startOverride restart a level.
/// </summary>
/// <remarks>
/// Supported formats: decimal (and its zero-padded and ordinal cousins, rendered plain decimal),
/// lowerLetter, upperLetter, lowerRoman, upperRoman, none, and bullet (always "•": bullet glyphs live in
/// symbol fonts whose code points mean nothing as text). Not supported: lvlRestart, isLgl, numbering
/// continued across numIds sharing an abstractNum, style-linked abstractNums (numStyleLink). Unknown
/// numIds give no label.
/// </remarks>
internal sealed class DocxNumberingCounter
{
    private const int LevelCount = 9;
    private const string Bullet = "•";

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, int?[]> _counters = [];

    public DocxNumberingCounter(Numbering? numbering)
    {
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is { } id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id)
            {
                _instances.TryAdd(id, instance);
            }
        }
    }

    /// <summary>Advances the counter of (numId, ilvl) and returns the rendered label, or null if unknown.</summary>
    public string? Next(int numId, int ilvl)
    {
        if (!_instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        ilvl = Math.Clamp(ilvl, 0, LevelCount - 1);
        if (!_counters.TryGetValue(numId, out var counters))
        {
            counters = new int?[LevelCount];
            _counters[numId] = counters;
        }

        counters[ilvl] = counters[ilvl] is { } current ? current + 1 : StartOf(instance, abstractNum, ilvl);
        for (var deeper = ilvl + 1; deeper < LevelCount; deeper++)
        {
            counters[deeper] = null;
        }

        var level = LevelOf(instance, abstractNum, ilvl);
        if (FormatOf(level) == "bullet")
        {
            return Bullet;
        }

        var template = level?.LevelText?.Val?.Value ?? $"%{ilvl + 1}.";
        return Render(template, instance, abstractNum, counters).Trim();
    }

    private static string Render(string template, NumberingInstance instance, AbstractNum abstractNum, int?[] counters)
    {
        var label = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = counters[referenced] ?? StartOf(instance, abstractNum, referenced);
                label.Append(Format(value, FormatOf(LevelOf(instance, abstractNum, referenced))));
                i++;
            }
            else
            {
                label.Append(template[i]);
            }
        }

        return label.ToString();
    }

    private static Level? LevelOf(NumberingInstance instance, AbstractNum abstractNum, int ilvl)
    {
        var overridden = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == ilvl)?.Level;
        return overridden ?? abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == ilvl);
    }

    private static int StartOf(NumberingInstance instance, AbstractNum abstractNum, int ilvl)
    {
        var startOverride = instance.Elements<LevelOverride>()
            .FirstOrDefault(o => o.LevelIndex?.Value == ilvl)?.StartOverrideNumberingValue?.Val?.Value;
        return startOverride ?? LevelOf(instance, abstractNum, ilvl)?.StartNumberingValue?.Val?.Value ?? 1;
    }

    private static string FormatOf(Level? level) => level?.NumberingFormat?.Val?.InnerText ?? "decimal";

    private static string Format(int value, string format) => format switch
    {
        "none" => "",
        "bullet" => Bullet,
        "lowerLetter" => Letters(value).ToLowerInvariant(),
        "upperLetter" => Letters(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Word's letter numbering repeats the letter: 1 = A, 26 = Z, 27 = AA, 53 = AAA.</summary>
    private static string Letters(int value)
    {
        if (value < 1)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)('A' + ((value - 1) % 26));
        return new string(letter, ((value - 1) / 26) + 1);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        (int Value, string Numeral)[] numerals =
        [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ];
        var roman = new StringBuilder();
        foreach (var (step, numeral) in numerals)
        {
            for (; value >= step; value -= step)
            {
                roman.Append(numeral);
            }
        }

        return roman.ToString();
    }
}
