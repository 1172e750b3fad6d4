using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>One line of a cell, with the paragraph it belongs to and the space above it.</summary>
internal sealed record CellLine(TextLine Line, PreparedParagraph Paragraph, double GapBefore)
{
    public double Height => GapBefore + Line.Height;
}

/// <summary>A cell's content flattened into lines, so a row can be cut between any two lines.</summary>
internal sealed class TableCellLines
{
    public TableCellLines(TableCell cell, double x, double width, bool header)
    {
        Language = cell.Language;
        X = x;
        Header = header;
        bool first = true;
        foreach (var paragraph in cell.Content.SelectMany(b => PreparedParagraph.Of(b, width, inTable: true)))
        {
            double gap = first ? 0 : paragraph.SpaceBefore + Previous(paragraph);
            foreach (var line in paragraph.Lines)
            {
                Lines.Add(new CellLine(line, paragraph, gap));
                gap = 0;
            }

            first = false;
        }
    }

    public string Language { get; }

    public double X { get; }

    public bool Header { get; }

    public List<CellLine> Lines { get; } = [];

    /// <summary>Height of lines [from, to), without the gap above the first (a fragment starts flush).</summary>
    public double Height(int from, int to)
    {
        if (to <= from)
        {
            return 0;
        }

        double height = 0;
        for (int i = from; i < to; i++)
        {
            height += Lines[i].Height;
        }

        return height - Lines[from].GapBefore;
    }

    private double Previous(PreparedParagraph paragraph) => Lines.Count == 0 ? 0 : Lines[^1].Paragraph.SpaceAfter;
}
