using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Documents;

namespace Publish.Ingest.Docx;

/// <summary>
/// Walks the document body in reading order and turns paragraphs and table rows into
/// <see cref="SourceParagraph"/>s with their structural hints.
/// </summary>
/// <remarks>
/// Line is the 1-based index of the w:p element among all body paragraphs, empty ones and those inside
/// tables included, so it stays stable whatever the reader drops. A table row's Line is that of its first
/// paragraph. Block-level content controls (w:sdt) and custom XML are read through.
/// </remarks>
internal sealed class DocxBodyWalker
{
    /// <summary>Separates cells in a table row's Text, as <see cref="Block.Cells"/> documents.</summary>
    public const char CellSeparator = '\t';

    private readonly DocxStyleSheet _styles;
    private readonly DocxNumberingCounter _numbering;
    private readonly DocxTextCollector _collector;
    private readonly SourceLayout _layout;
    private int _paragraphIndex;

    public DocxBodyWalker(DocxStyleSheet styles, DocxNumberingCounter numbering, DocxTextCollector collector, SourceLayout layout)
    {
        _styles = styles;
        _numbering = numbering;
        _collector = collector;
        _layout = layout;
    }

    public void Walk(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph);
                    break;
                case Table table:
                    foreach (var row in Rows(table))
                    {
                        ReadRow(row);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Walk(child);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph)
    {
        var line = ++_paragraphIndex;
        var builder = new AnchoredTextBuilder();
        _collector.Collect(paragraph, builder, line);
        var (text, anchors) = builder.Build();
        if (text.Length == 0)
        {
            return;
        }

        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value;

        // Direct outline level wins over the style's (§17.3.1.20); level 9 makes a heading style body text.
        var headingLevel = properties?.OutlineLevel?.Val?.Value is { } outline
            ? DocxStyleSheet.OutlineToLevel(outline)
            : _styles.HeadingLevel(styleId);
        var label = ListLabel(properties, styleId, out var listLevel);

        SourceParagraph result;
        if (_styles.IsTitle(styleId))
        {
            result = new SourceParagraph(text, ParagraphHint.Title, line);
        }
        else if (headingLevel is { } level)
        {
            result = new SourceParagraph(text, ParagraphHint.Heading, line) { Level = level, Label = label };
        }
        else if (listLevel is { } depth)
        {
            result = new SourceParagraph(text, ParagraphHint.ListItem, line) { Level = depth, Label = label };
        }
        else
        {
            result = new SourceParagraph(text, ParagraphHint.None, line);
        }

        result.Anchors.AddRange(anchors);
        _layout.Paragraphs.Add(result);
    }

    /// <summary>
    /// The rendered list label when the paragraph is numbered (directly or through its style); numId 0
    /// switches numbering off (ECMA-376 Part 1 §17.3.1.19). <paramref name="listLevel"/> is ilvl + 1, null when not numbered.
    /// </summary>
    private string? ListLabel(ParagraphProperties? properties, string? styleId, out int? listLevel)
    {
        var direct = properties?.NumberingProperties;
        var fromStyle = _styles.Numbering(styleId);
        var numId = direct?.NumberingId?.Val?.Value ?? fromStyle?.NumId;
        listLevel = null;
        if (numId is null or 0)
        {
            return null;
        }

        var ilvl = direct?.NumberingLevelReference?.Val?.Value ?? fromStyle?.Level ?? 0;
        listLevel = ilvl + 1;
        return _numbering.Next(numId.Value, ilvl);
    }

    private void ReadRow(TableRow row)
    {
        var line = _paragraphIndex + 1;
        var cells = new List<string>();
        var anchors = new List<FootnoteAnchor>();
        var rowText = new StringBuilder();
        foreach (var cell in row.Elements<TableCell>())
        {
            var builder = new AnchoredTextBuilder();
            CollectCell(cell, builder, line);
            var (text, cellAnchors) = builder.Build();
            if (cells.Count > 0)
            {
                rowText.Append(CellSeparator);
            }

            anchors.AddRange(cellAnchors.Select(a => a with { Offset = a.Offset + rowText.Length }));
            rowText.Append(text);
            cells.Add(text);
        }

        if (cells.TrueForAll(c => c.Length == 0))
        {
            return;
        }

        var result = new SourceParagraph(rowText.ToString(), ParagraphHint.TableRow, line) { Cells = cells };
        result.Anchors.AddRange(anchors);
        _layout.Paragraphs.Add(result);
    }

    /// <summary>A cell's paragraphs, nested tables included, joined with spaces into one text.</summary>
    private void CollectCell(OpenXmlElement container, AnchoredTextBuilder builder, int line)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _paragraphIndex++;
                    builder.Append(' ');
                    _collector.Collect(paragraph, builder, line);
                    break;
                case Table nested:
                    foreach (var nestedCell in Rows(nested).SelectMany(r => r.Elements<TableCell>()))
                    {
                        CollectCell(nestedCell, builder, line);
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    CollectCell(child, builder, line);
                    break;
            }
        }
    }

    /// <summary>Rows of a table, including rows wrapped in row-level content controls or custom XML.</summary>
    private static IEnumerable<TableRow> Rows(OpenXmlElement table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or SdtContentRow or CustomXmlRow)
            {
                foreach (var nested in Rows(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
