using System.Text.RegularExpressions;
using Publish.Ingest.Text;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Gives every line its role from where it stands and how it is set, relative to the document's own statistics:
/// colophon and masthead lines (what they identify goes into the metadata), running headers and footers (text
/// repeated at the same place, or set apart in the page margin), page numbers, decorative artifacts, text beside
/// the body column (a colophon or a letter's sender details), headings (larger or bold type). Footnote bodies are
/// found afterwards by <see cref="PdfFootnoteLinker"/>. Marked-content tags confirm (an /Artifact line in the
/// margin) but are never needed.
/// </summary>
internal static partial class PdfLineRoleClassifier
{
    /// <summary>A line this many times the body size or larger is display type (a heading); 1.15 is the usual step up.</summary>
    private const double HeadingScale = 1.15;

    /// <summary>A bare number this many times the body size is decoration (the big issue number on page one).</summary>
    private const double DecorationScale = 2.5;

    /// <summary>Share of the page height at the top and bottom that is margin, where headers and footers stand.</summary>
    private const double MarginShare = 0.07;

    /// <summary>Furniture is set apart from the text: a gap of this many body line spacings.</summary>
    private const double SetApart = 1.5;

    public static void Classify(IReadOnlyList<PdfPageLines> pages, PdfPageStatistics stats, IDictionary<string, string> metadata)
    {
        foreach (var page in pages)
        {
            var byHeight = page.Lines.OrderByDescending(l => l.Baseline).ToList();
            for (int i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                var next = page.Lines.Skip(i + 1).FirstOrDefault(l => l.Text.Length > 0)?.Text;
                line.Role = RoleOf(line, next, page, byHeight, stats, metadata);
            }
        }
    }

    private static PdfLineRole RoleOf(PdfLine line, string? next, PdfPageLines page, List<PdfLine> byHeight, PdfPageStatistics stats, IDictionary<string, string> metadata)
    {
        bool top = line.Baseline > page.Height / 2;
        if (RunningFooterFilter.TryReadFurniture(line.Text, metadata) is { } key)
        {
            return key != "citation" ? PdfLineRole.Colophon : top ? PdfLineRole.RunningHeader : PdfLineRole.RunningFooter;
        }

        if (RunningFooterFilter.IsAanhangselNumber(line.Text, next) && line.Size > stats.BodySize)
        {
            metadata.TryAdd("number", line.Text);
            return PdfLineRole.Colophon;
        }

        bool setApart = IsSetApart(line, byHeight, stats);
        bool inMargin = line.Baseline < MarginShare * page.Height || line.Baseline > (1 - MarginShare) * page.Height;
        if (PageNumber().IsMatch(line.Text) && line.Raised.Count == 0)
        {
            return line.Size >= DecorationScale * stats.BodySize ? PdfLineRole.Artifact
                : setApart || inMargin || stats.IsRepeated(line) || SharesBaselineWithFurniture(line, byHeight) ? PdfLineRole.PageNumber
                : PdfLineRole.Body;
        }

        if (line.LeadingNumber is null && ((stats.IsRepeated(line) && (setApart || !stats.IsBodySize(line)))
            || (inMargin && (setApart || !stats.IsBodySize(line) || line.Tag == "Artifact"))))
        {
            return top ? PdfLineRole.RunningHeader : PdfLineRole.RunningFooter;
        }

        if (!stats.IsBodySize(line) && line.Size < HeadingScale * stats.BodySize
            && (line.Right < stats.BodyLeft - stats.BodySize || line.Left > stats.BodyRight + stats.BodySize))
        {
            return PdfLineRole.Colophon;
        }

        return line.Size >= HeadingScale * stats.BodySize || (IsBold(line.Geometry.FontName) && line.Size >= 0.96 * stats.BodySize)
            ? PdfLineRole.Heading
            : PdfLineRole.Body;
    }

    /// <summary>
    /// The lowest line of the page (with anything on its baseline) with a gap of <see cref="SetApart"/> line
    /// spacings above it, or the highest with such a gap below it: a footer or header standing in the margin.
    /// </summary>
    private static bool IsSetApart(PdfLine line, List<PdfLine> byHeight, PdfPageStatistics stats)
    {
        double gap = SetApart * stats.LineSpacing;
        var above = byHeight.Where(l => l.Baseline >= line.Baseline + 1).ToList();
        var below = byHeight.Where(l => l.Baseline <= line.Baseline - 1).ToList();
        return (below.Count == 0 && above.Count > 0 && above[^1].Baseline - line.Baseline > gap)
            || (above.Count == 0 && below.Count > 0 && line.Baseline - below[0].Baseline > gap);
    }

    /// <summary>A page number beside the running footer ("…Aanhangsel" and "3" on one baseline).</summary>
    private static bool SharesBaselineWithFurniture(PdfLine line, List<PdfLine> byHeight) =>
        byHeight.Exists(l => l != line && Math.Abs(l.Baseline - line.Baseline) < 1 && l.Role is PdfLineRole.RunningFooter or PdfLineRole.RunningHeader);

    private static bool IsBold(string fontName) =>
        fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase) || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
        || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase);

    /// <summary>"3", "- 3 -", "3/5", "Pagina 3 van 5", "Page 3 of 5".</summary>
    [GeneratedRegex(@"^(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?$|^\d{1,4}\s*/\s*\d{1,4}$|^(?:Pagina|Page|blz\.)\s*\d{1,4}(?:\s*(?:van|of|/)\s*\d{1,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
