using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Ingest.Docx;

/// <summary>
/// What a paragraph style says about structure: title, heading level (from the style's name or its
/// outline level, following <c>w:basedOn</c>), and numbering inherited from the style.
/// </summary>
/// <remarks>
/// Built-in heading styles keep English names ("heading 1") in the XML whatever the UI language, but
/// their style ids are localised ("Kop1" in Dutch Word), and hand-made documents use either. So both the
/// id and the name are matched against "heading N" / "kop N", and "Title" / "Titel". ECMA-376 Part 1
/// §17.7 (styles), §17.3.1.20 (outlineLvl: 0–8 are levels 1–9, 9 means body text).
/// </remarks>
internal sealed partial class DocxStyleSheet
{
    private const int MaxBasedOnDepth = 16;

    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);

    public DocxStyleSheet(Styles? styles)
    {
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    public bool IsTitle(string? styleId)
    {
        if (styleId is null)
        {
            return false;
        }

        var name = NameOf(styleId);
        return IsTitleName(styleId) || (name is not null && IsTitleName(name));
    }

    /// <summary>Heading level 1–9 of the style, or null when it is not a heading style.</summary>
    public int? HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (LevelFromName(styleId) is { } fromId)
        {
            return fromId;
        }

        if (NameOf(styleId) is { } name && LevelFromName(name) is { } fromName)
        {
            return fromName;
        }

        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } outline)
            {
                return OutlineToLevel(outline);
            }
        }

        return null;
    }

    /// <summary>The numbering (numId, ilvl) a style applies through w:numPr in its w:pPr (ECMA-376 Part 1 §17.3.1.19).</summary>
    public (int NumId, int Level)? Numbering(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties is { } numPr)
            {
                var numId = numPr.NumberingId?.Val?.Value;
                return numId is null ? null : (numId.Value, numPr.NumberingLevelReference?.Val?.Value ?? 0);
            }
        }

        return null;
    }

    /// <summary>Outline level 0–8 is heading level 1–9; 9 (body text) and anything else is no heading.</summary>
    public static int? OutlineToLevel(int outlineLevel) => outlineLevel is >= 0 and <= 8 ? outlineLevel + 1 : null;

    private string? NameOf(string styleId) =>
        _styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value : null;

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxBasedOnDepth; depth++)
        {
            if (!_styles.TryGetValue(styleId, out var style))
            {
                yield break;
            }

            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    private static bool IsTitleName(string name) =>
        name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name.Equals("Titel", StringComparison.OrdinalIgnoreCase);

    private static int? LevelFromName(string name)
    {
        var match = HeadingName().Match(name);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?:heading|kop)\s*([1-9])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
