using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>
/// A table in the flow: the header row is a real header (TH) on the first page and is repeated as an
/// artifact on every following one; a row that does not fit is cut between lines and continues on the
/// next page (each part a row of its own in the structure tree); a short row is moved whole instead;
/// a row holding a heading keeps with the next row.
/// </summary>
internal sealed class TableFlow
{
    private const double Pad = PdfTheme.CellPadding;
    private const double ShortRow = 2 * Pad + 4 * 12.5;
    private readonly Paginator pages;
    private readonly TableBlock table;
    private readonly double x;
    private readonly double width;
    private readonly double[] columnX;
    private readonly TableCellLines[] header;
    private readonly List<TableCellLines[]> rows;

    public TableFlow(Paginator pages, TableBlock table, double x, double width)
    {
        this.pages = pages;
        this.table = table;
        this.x = x;
        this.width = width;
        double total = table.ColumnWeights.Sum();
        columnX = new double[table.ColumnWeights.Count + 1];
        columnX[0] = x;
        for (int c = 0; c < table.ColumnWeights.Count; c++)
        {
            columnX[c + 1] = columnX[c] + width * table.ColumnWeights[c] / total;
        }

        header = Cells(table.Header, header: true);
        rows = table.Rows.Select(r => Cells(r.Cells, header: false)).ToList();
    }

    /// <summary>Header plus the first two lines of the first row: what a heading above must keep with.</summary>
    public double FirstRowsHeight => RowHeight(header) + (rows.Count == 0 ? 0 : 2 * Pad + rows[0].Max(c => c.Height(0, Math.Min(2, c.Lines.Count))));

    public void Place()
    {
        if (!pages.AtPageTop && FirstRowsHeight > pages.Available)
        {
            pages.NewPage();
        }

        pages.Space(PdfTheme.SpaceBefore(table, inTable: false));
        pages.Emit(new BeginStructure(StructureTag.Table, table.Language));
        PlaceHeader(artifact: false);
        pages.PageStarted = () => PlaceHeader(artifact: true);
        for (int i = 0; i < rows.Count; i++)
        {
            double keep = KeepsWithNext(table.Rows[i]) && i + 1 < rows.Count ? 2 * Pad + rows[i + 1].Max(c => c.Height(0, Math.Min(2, c.Lines.Count))) : 0;
            PlaceRow(rows[i], keep);
        }

        pages.PageStarted = null;
        pages.Emit(new EndStructure());
    }

    private void PlaceHeader(bool artifact)
    {
        double height = RowHeight(header);
        pages.Emit(new FillRect(x, pages.Y, width, height, PdfTheme.HeaderFill));
        if (artifact)
        {
            foreach (var cell in header)
            {
                double top = pages.Y + Pad;
                foreach (var line in cell.Lines)
                {
                    pages.Emit(new ArtifactLine(line.Line, cell.X, top));
                    top += line.Line.Height;
                }
            }
        }
        else
        {
            EmitRow(header, header.Select(_ => 0).ToArray(), header.Select(c => c.Lines.Count).ToArray(), height);
        }

        pages.Advance(height);
    }

    private void PlaceRow(TableCellLines[] cells, double keepWithNext)
    {
        var position = new int[cells.Length];
        double whole = RowHeight(cells);
        // Move a row whole when it is short or when only a sliver of it would fit; otherwise cut it.
        bool shortRow = whole <= ShortRow || pages.Available < ShortRow;
        if (!pages.AtPageTop && whole + keepWithNext > pages.Available && (shortRow || keepWithNext > 0))
        {
            pages.NewPage();
        }

        while (true)
        {
            var end = Fit(cells, position);
            if (end.SequenceEqual(position))
            {
                if (!pages.AtPageTop)
                {
                    pages.NewPage();
                    continue;
                }

                // A single line taller than an empty page: place it anyway rather than loop.
                end = position.Select((p, c) => Math.Min(p + 1, cells[c].Lines.Count)).ToArray();
            }

            double height = 2 * Pad + cells.Select((c, i) => c.Height(position[i], end[i])).Max();
            EmitRow(cells, position, end, height);
            pages.Advance(height);
            position = end;
            if (position.Select((p, c) => p >= cells[c].Lines.Count).All(done => done))
            {
                return;
            }

            pages.NewPage();
        }
    }

    /// <summary>For each cell, how far its lines fit on this page, counting the notes they cite.</summary>
    private int[] Fit(TableCellLines[] cells, int[] position)
    {
        double available = pages.Available - 2 * Pad;
        var end = (int[])position.Clone();
        var cited = new List<string>();
        for (int c = 0; c < cells.Length; c++)
        {
            double height = 0;
            while (end[c] < cells[c].Lines.Count)
            {
                var line = cells[c].Lines[end[c]];
                double lineHeight = end[c] == position[c] ? line.Line.Height : line.Height;
                if (height + lineHeight + pages.NoteCost(cited, line.Line.LinkedNotes) > available)
                {
                    break;
                }

                height += lineHeight;
                cited.AddRange(line.Line.LinkedNotes);
                end[c]++;
            }
        }

        return end;
    }

    private void EmitRow(TableCellLines[] cells, int[] from, int[] to, double height)
    {
        double top = pages.Y;
        pages.Emit(new BeginStructure(StructureTag.TableRow, null));
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            pages.Emit(new BeginStructure(cell.Header ? StructureTag.TableHeaderCell : StructureTag.TableDataCell, cell.Language));
            double y = top + Pad;
            PreparedParagraph? open = null;
            for (int k = from[c]; k < to[c]; k++)
            {
                var line = cell.Lines[k];
                y += k > from[c] ? line.GapBefore : 0;
                if (!ReferenceEquals(line.Paragraph, open))
                {
                    open?.End(pages);
                    open = line.Paragraph;
                    open.Begin(pages, cell.X, y);
                }

                pages.Emit(new DrawLine(line.Line, cell.X + open.Indent, y, columnX[c + 1] - columnX[c] - 2 * Pad - open.Indent, open.Language));
                y += line.Line.Height;
                pages.PlaceNotes(line.Line.LinkedNotes);
            }

            open?.End(pages);
            pages.Emit(new EndStructure());
        }

        pages.Emit(new EndStructure());
        pages.Emit(new DrawRule(x, top + height, x + width, top + height, 0.5, PdfTheme.Rule));
        for (int c = 1; c < cells.Length; c++)
        {
            pages.Emit(new DrawRule(columnX[c], top, columnX[c], top + height, 0.5, PdfTheme.Rule));
        }
    }

    private TableCellLines[] Cells(IReadOnlyList<TableCell> cells, bool header) =>
        cells.Select((cell, c) => new TableCellLines(cell, columnX[c] + Pad, columnX[c + 1] - columnX[c] - 2 * Pad, header)).ToArray();

    private static double RowHeight(TableCellLines[] cells) => 2 * Pad + cells.Max(c => c.Height(0, c.Lines.Count));

    private static bool KeepsWithNext(TableRow row) => row.Cells.Any(c => c.Content.Any(b => b is HeadingBlock));
}
