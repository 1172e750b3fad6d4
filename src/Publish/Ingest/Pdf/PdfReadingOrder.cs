namespace Publish.Ingest.Pdf;

/// <summary>
/// Puts the lines of a page in reading order by recursive XY-cut (Nagy and Seth, 1984): cut the page at its
/// widest empty band, horizontal or vertical, read the parts top to bottom or left to right, and repeat inside
/// each part. A vertical cut needs prose (several lines, long on average) on one side at least, so the gaps
/// between the cells of a table do not split a page into columns.
/// </summary>
internal static class PdfReadingOrder
{
    /// <summary>A vertical cut needs at least this many lines on each side.</summary>
    private const int MinColumnLines = 3;

    /// <summary>Lines in a column are on average at least this many times their size wide (about 15 characters).</summary>
    private const double MinColumnLineWidth = 8;

    /// <summary>Lines of a narrow column beside prose are on average at least this many times their size wide.</summary>
    private const double MinSidebarLineWidth = 3;

    public static List<PdfLine> Sort(IReadOnlyList<PdfLine> lines)
    {
        var ordered = new List<PdfLine>(lines.Count);
        Cut([.. lines], ordered);
        return ordered;
    }

    private static void Cut(List<PdfLine> lines, List<PdfLine> output)
    {
        if (lines.Count <= 1)
        {
            output.AddRange(lines);
            return;
        }

        var (yGap, yAt) = WidestGap(lines, l => -l.Geometry.Top, l => -l.Geometry.Bottom);
        var (xGap, xAt) = WidestGap(lines, l => l.Left, l => l.Right);
        if (xGap > 0 && xGap >= yGap && IsColumnCut(lines, xAt))
        {
            Cut([.. lines.Where(l => l.Left < xAt)], output);
            Cut([.. lines.Where(l => l.Left >= xAt)], output);
            return;
        }

        if (yGap > 0)
        {
            Cut([.. lines.Where(l => -l.Geometry.Top < yAt)], output);
            Cut([.. lines.Where(l => -l.Geometry.Top >= yAt)], output);
            return;
        }

        // Lines that overlap in both directions (a raised run drawn over its neighbour): top to bottom, left to right.
        output.AddRange(lines.OrderByDescending(l => l.Baseline).ThenBy(l => l.Left));
    }

    /// <summary>The widest band along one axis that no line covers, and where it ends; (0, _) when there is none.</summary>
    private static (double Width, double At) WidestGap(List<PdfLine> lines, Func<PdfLine, double> start, Func<PdfLine, double> end)
    {
        double bestWidth = 0, bestAt = 0;
        double reach = double.NegativeInfinity;
        foreach (var line in lines.OrderBy(start))
        {
            double s = start(line);
            if (reach > double.NegativeInfinity && s - reach > bestWidth)
            {
                bestWidth = s - reach;
                bestAt = s;
            }

            reach = Math.Max(reach, end(line));
        }

        return (bestWidth, bestAt);
    }

    /// <summary>
    /// A vertical cut needs prose on at least one side: two text columns, or a narrow column of short lines (a
    /// letter's sender details, a colophon) beside the text, which is then read on its own.
    /// </summary>
    /// <remarks>Bullets and list numbers in a column of their own (under two sizes wide) are never a column.</remarks>
    private static bool IsColumnCut(List<PdfLine> lines, double at)
    {
        var left = lines.Where(l => l.Left < at).ToList();
        var right = lines.Where(l => l.Left >= at).ToList();
        return (IsProse(left) || IsProse(right)) && MeanWidth(left) >= MinSidebarLineWidth && MeanWidth(right) >= MinSidebarLineWidth;
    }

    private static bool IsProse(List<PdfLine> lines) => lines.Count >= MinColumnLines && MeanWidth(lines) >= MinColumnLineWidth;

    private static double MeanWidth(List<PdfLine> lines) => lines.Average(l => l.Geometry.Width / Math.Max(1, l.Size));
}
