using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Rendering.Content;

namespace Publish.Rendering.Docx;

/// <summary>Content blocks as body elements: styled paragraphs, and tables whose header row repeats.</summary>
internal sealed class DocxBody(DocxRuns runs, double bodyWidthPoints)
{
    public IEnumerable<OpenXmlElement> Elements(ContentBlock block, bool inTable = false) => block switch
    {
        HeadingBlock heading => [runs.Paragraph(DocxStyleIds.Heading(heading.Level), heading.Inlines)],
        ParagraphBlock paragraph => [runs.Paragraph(DocxStyleIds.Of(paragraph.Role, inTable), paragraph.Inlines)],
        ListBlock list => list.Items.Select(item => runs.Paragraph(DocxStyleIds.ListItem, [new TextRun(item.Label + "\t", list.Language), .. item.Inlines])),
        TableBlock table => [Table(table)],
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private Table Table(TableBlock table)
    {
        int totalTwips = (int)(bodyWidthPoints * 20);
        double weights = table.ColumnWeights.Sum();
        var widths = table.ColumnWeights.Select(w => (int)(totalTwips * w / weights)).ToList();
        var element = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyleIds.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },

                // §17.4.56 tblLook as the 2006 bitmask (first row 0x20, no banding 0x200 and 0x400): the validator rejects the 2010 attributes.
                new TableLook { Val = "0620" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        // §17.4.49 tblHeader: the row repeats at the top of each page and is the table's header row.
        element.Append(Row(table.Header, widths, new TableRowProperties(new CantSplit(), new TableHeader())));
        foreach (var row in table.Rows)
        {
            element.Append(Row(row.Cells, widths, null));
        }

        return element;
    }

    private DocumentFormat.OpenXml.Wordprocessing.TableRow Row(IReadOnlyList<Content.TableCell> cells, List<int> widths, TableRowProperties? properties)
    {
        var row = new DocumentFormat.OpenXml.Wordprocessing.TableRow();
        if (properties is not null)
        {
            row.Append(properties);
        }

        for (int i = 0; i < cells.Count; i++)
        {
            var cell = new DocumentFormat.OpenXml.Wordprocessing.TableCell(new TableCellProperties(
                new TableCellWidth { Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
            cell.Append(cells[i].Content.SelectMany(b => Elements(b, inTable: true)));
            row.Append(cell);
        }

        return row;
    }
}
