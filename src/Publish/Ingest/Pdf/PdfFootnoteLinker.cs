using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Finds footnote bodies and decides which raised numbers in the text are their markers. A footnote body stands
/// in the run of small lines that ends a page's text and starts with its number: raised (as these PDFs set it), or
/// at least the next number in sequence at the start of a small line. Small lines at the foot of a page before its
/// first number continue the previous page's last footnote when they are set apart from the text above. A table
/// in footnote-sized type is therefore not a footnote: size alone decides nothing, and the run of small lines ends
/// at a gap wider than footnote leading.
/// </summary>
internal static partial class PdfFootnoteLinker
{
    /// <summary>Footnotes are set apart from the text above them by a gap of this many body line spacings.</summary>
    private const double SetApart = 1.3;

    /// <summary>Footnote lines follow each other at most this many times their size apart (their leading, with room for a gap between notes).</summary>
    private const double MaxLeading = 2;

    public static List<PdfFootnote> FindBodies(IReadOnlyList<PdfPageLines> pages, PdfPageStatistics stats)
    {
        var bodies = new List<PdfFootnote>();
        foreach (var page in pages)
        {
            var content = page.Lines.Where(l => l.Role == PdfLineRole.Body).ToList();
            int tailStart = content.Count;
            while (tailStart > 0 && stats.IsSmall(content[tailStart - 1])
                   && (tailStart == content.Count || content[tailStart - 1].Baseline - content[tailStart].Baseline <= MaxLeading * content[tailStart].Size))
            {
                tailStart--;
            }

            var tail = content[tailStart..];
            int firstStart = tail.FindIndex(l => StartNumber(l, bodies) is not null);
            PdfFootnote? current = null;
            if (firstStart != 0 && bodies.Count > 0 && bodies[^1].Page < page.Number && tail.Count > 0
                && IsSetApart(content, tailStart, stats) && IsContinuation(firstStart < 0 ? tail : tail[..firstStart], bodies[^1]))
            {
                current = bodies[^1];
            }

            if (current is null && firstStart < 0)
            {
                continue;
            }

            foreach (var line in tail.Skip(current is null ? firstStart : 0))
            {
                if (StartNumber(line, bodies) is { } number)
                {
                    current = new PdfFootnote(number, page.Number);
                    bodies.Add(current);
                }

                line.Role = PdfLineRole.FootnoteBody;
                current!.Lines.Add(line);
            }
        }

        return bodies;
    }

    /// <summary>The text of a footnote line without its leading number, for joining.</summary>
    public static string BodyText(PdfLine line, PdfFootnote footnote)
    {
        if (line != footnote.Lines[0] || line.LeadingNumber is not null)
        {
            return line.Text;
        }

        var m = UnraisedStart().Match(line.Text);
        return m.Success ? line.Text[m.Length..] : line.Text;
    }

    /// <summary>The number a footnote body starts with: a raised number at the start, or the next number in sequence.</summary>
    private static int? StartNumber(PdfLine line, List<PdfFootnote> bodies)
    {
        int expected = bodies.Count == 0 ? 1 : bodies[^1].Number + 1;
        if (line.LeadingNumber is { } raised && int.TryParse(raised, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && line.Text.Length > 0 && (bodies.Count == 0 || n > bodies[^1].Number))
        {
            return n;
        }

        var m = UnraisedStart().Match(line.Text);
        return m.Success && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int u) && u == expected ? u : null;
    }

    /// <summary>
    /// Lines that continue a footnote from the previous page are set like it: same size, one line per baseline
    /// (not table cells side by side), aligned with the footnote's own lines.
    /// </summary>
    private static bool IsContinuation(List<PdfLine> lines, PdfFootnote previous) =>
        lines.TrueForAll(l => Math.Abs(l.Size - previous.Lines[^1].Size) < 0.3
                              && previous.Lines.Exists(p => Math.Abs(p.Left - l.Left) < l.Size)
                              && !lines.Exists(o => o != l && Math.Abs(o.Baseline - l.Baseline) < 1));

    /// <summary>The tail starts the page's text, or a gap wider than usual separates it from the text above.</summary>
    private static bool IsSetApart(List<PdfLine> content, int tailStart, PdfPageStatistics stats) =>
        tailStart == 0 || content[tailStart - 1].Baseline - content[tailStart].Baseline > SetApart * stats.LineSpacing;

    [GeneratedRegex(@"^(\d{1,3})\s+(?=\S)")]
    private static partial Regex UnraisedStart();
}
