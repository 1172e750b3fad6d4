using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>
/// Places the body's blocks one after another. Headings and labels keep with the next block: one that
/// would end a page together with less than two lines of what follows starts the next page instead.
/// A paragraph never leaves a single first line at the foot of a page.
/// </summary>
internal sealed class FlowLayout(Paginator pages, double x, double width)
{
    private const int KeepLines = 2;

    public void Place(IReadOnlyList<ContentBlock> blocks)
    {
        var prepared = blocks.Select(b => b is TableBlock t ? (object)new TableFlow(pages, t, x, width) : PreparedParagraph.Of(b, width, inTable: false)).ToList();
        for (int i = 0; i < prepared.Count; i++)
        {
            double next = i + 1 < prepared.Count ? FirstLinesHeight(prepared[i + 1]) : 0;
            if (prepared[i] is TableFlow table)
            {
                table.Place();
                continue;
            }

            var paragraphs = (List<PreparedParagraph>)prepared[i];
            bool list = paragraphs.Count > 0 && paragraphs[0].Tag == StructureTag.ListItem;
            if (list)
            {
                pages.Emit(new BeginStructure(StructureTag.List, paragraphs[0].Language));
            }

            foreach (var paragraph in paragraphs)
            {
                Place(paragraph, paragraph.KeepWithNext ? next : 0);
            }

            if (list)
            {
                pages.Emit(new EndStructure());
            }
        }
    }

    private void Place(PreparedParagraph paragraph, double keepWithNext)
    {
        pages.Space(paragraph.SpaceBefore);
        double firstLines = paragraph.Lines.Take(KeepLines).Sum(l => l.Height + pages.NoteCost(l.LinkedNotes));
        double needed = keepWithNext > 0 ? paragraph.Height + keepWithNext : firstLines;
        if (!pages.AtPageTop && needed > pages.Available)
        {
            pages.NewPage();
        }

        paragraph.Begin(pages, x, pages.Y);
        foreach (var line in paragraph.Lines)
        {
            if (!pages.AtPageTop && line.Height + pages.NoteCost(line.LinkedNotes) > pages.Available)
            {
                pages.NewPage();
            }

            pages.Emit(new DrawLine(line, x + paragraph.Indent, pages.Y, width - paragraph.Indent, paragraph.Language));
            pages.Advance(line.Height);
            pages.PlaceNotes(line.LinkedNotes);
        }

        paragraph.End(pages);
        pages.Space(paragraph.SpaceAfter);
    }

    private static double FirstLinesHeight(object block) => block switch
    {
        TableFlow table => table.FirstRowsHeight,
        List<PreparedParagraph> paragraphs when paragraphs.Count > 0 => paragraphs[0].SpaceBefore + paragraphs[0].Lines.Take(KeepLines).Sum(l => l.Height),
        _ => 0,
    };
}
