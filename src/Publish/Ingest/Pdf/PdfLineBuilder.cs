namespace Publish.Ingest.Pdf;

/// <summary>
/// Groups the glyphs of one page into lines: runs on one baseline form a row; a run set smaller than a
/// neighbouring row and shifted up or down by less than half that row's size is attached to it as a
/// superscript (footnote marker, footnote number) or subscript (the 2 of CO2); a row is then split where a wide
/// horizontal gap separates two columns, or a left-hand colophon from the running footer on the same baseline.
/// </summary>
internal static class PdfLineBuilder
{
    /// <summary>Runs whose baselines differ by less than this share of their size are on one row.</summary>
    private const double SameBaseline = 0.12;

    /// <summary>A superscript is at most this share of its line's size; footnote markers are about 0.65.</summary>
    private const double ScriptSizeShare = 0.9;

    /// <summary>How far above and below the baseline, as a share of the line's size, a script may sit.</summary>
    private const double MaxRaise = 0.75, MaxLower = 0.45;

    /// <summary>Scripts are short: a footnote number, the 2 of CO2, an ordinal "ste".</summary>
    private const int MaxScriptGlyphs = 4;

    /// <summary>A horizontal gap wider than this many times the size separates two lines on one baseline.</summary>
    private const double ColumnGap = 2.0;

    public static List<PdfLine> Build(int page, IReadOnlyList<PdfGlyph> glyphs)
    {
        var rows = GroupIntoRows(PdfRun.FromGlyphs(glyphs));
        AttachScripts(rows);
        var lines = new List<PdfLine>(rows.Count);
        foreach (var row in rows.Where(r => r.Runs.Count > 0))
        {
            foreach (var segment in SplitAtWideGaps(row))
            {
                if (PdfLineComposer.Compose(page, row.Y, segment) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        return lines;
    }

    private static List<PdfRow> GroupIntoRows(List<PdfRun> runs)
    {
        var rows = new List<PdfRow>();
        foreach (var run in runs.OrderByDescending(r => r.Y).ThenBy(r => r.X0))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            if (row is not null && Math.Abs(row.Y - run.Y) <= Math.Max(0.3, SameBaseline * Math.Min(row.Size, run.Size)))
            {
                row.Runs.Add(run);
                continue;
            }

            rows.Add(new PdfRow(run));
        }

        foreach (var row in rows)
        {
            row.Size = ModeSize(row.Runs);
        }

        return rows;
    }

    /// <summary>Moves each small run that sits just above or below a larger row's baseline, next to its text, into that row.</summary>
    private static void AttachScripts(List<PdfRow> rows)
    {
        var moves = new List<(PdfRun Run, PdfRow From, PdfRow To)>();
        foreach (var row in rows)
        {
            foreach (var run in row.Runs)
            {
                if (BestHost(rows, row, run) is { } host)
                {
                    moves.Add((run, row, host));
                }
            }
        }

        foreach (var (run, from, to) in moves)
        {
            from.Runs.Remove(run);
            run.Position = run.Y > to.Y ? PdfRunPosition.Raised : PdfRunPosition.Lowered;
            to.Runs.Add(run);
        }
    }

    private static PdfRow? BestHost(List<PdfRow> rows, PdfRow own, PdfRun run)
    {
        PdfRow? best = null;
        foreach (var host in rows)
        {
            double shift = run.Y - host.Y;
            if (host == own || run.Glyphs.Count > MaxScriptGlyphs || run.Size >= ScriptSizeShare * host.Size || shift > MaxRaise * host.Size || shift < -MaxLower * host.Size
                || !host.Runs.Exists(q => run.X0 < q.X1 + 0.6 * host.Size && run.X1 > q.X0 - 0.6 * host.Size))
            {
                continue;
            }

            if (best is null || Math.Abs(shift) < Math.Abs(run.Y - best.Y))
            {
                best = host;
            }
        }

        return best;
    }

    private static IEnumerable<List<PdfRun>> SplitAtWideGaps(PdfRow row)
    {
        var ordered = row.Runs.OrderBy(r => r.X0).ToList();
        var segment = new List<PdfRun> { ordered[0] };
        double right = ordered[0].X1;
        foreach (var run in ordered.Skip(1))
        {
            if (run.X0 - right > ColumnGap * row.Size)
            {
                yield return segment;
                segment = [];
            }

            segment.Add(run);
            right = Math.Max(right, run.X1);
        }

        yield return segment;
    }

    /// <summary>The size most glyphs of the runs have (by glyph count), so one large initial does not set a line's size.</summary>
    internal static double ModeSize(IEnumerable<PdfRun> runs) =>
        runs.SelectMany(r => r.Glyphs).GroupBy(g => Math.Round(g.Size, 1)).MaxBy(g => g.Count())?.Key ?? 0;

    private sealed class PdfRow(PdfRun first)
    {
        public double Y { get; } = first.Y;

        public double Size { get; set; } = first.Size;

        public List<PdfRun> Runs { get; } = [first];
    }
}
