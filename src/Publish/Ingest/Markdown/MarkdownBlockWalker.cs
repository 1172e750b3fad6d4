using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Publish.Documents;
using Publish.Ingest.Docx;
using Block = Markdig.Syntax.Block;

namespace Publish.Ingest.Markdown;

/// <summary>
/// Turns Markdig's block tree into <see cref="SourceParagraph"/>s in reading order.
/// </summary>
/// <remarks>
/// Headings (ATX and setext) give Heading with their level, except that a document with exactly one
/// level-1 heading, coming before any other heading, gets it as Title. List items are flattened in order:
/// the first paragraph of an item is a ListItem with Label "•" (bullets) or "N." / "N)" (ordered, numbered
/// as rendered: the list's start number, then consecutive) and Level = nesting depth; further paragraphs of
/// the item are plain paragraphs. Block quotes are read through. Pipe table rows become TableRow with Cells
/// and Text = cells joined by a tab. Code blocks are skipped with a warning (code is not translated);
/// HTML blocks, thematic breaks and link definitions are skipped silently.
/// </remarks>
internal sealed class MarkdownBlockWalker
{
    private readonly SourceLayout _layout;
    private readonly MarkdownFootnoteNumbers _numbers;
    private readonly List<int> _lineStarts = [0];
    private HeadingBlock? _title;

    public MarkdownBlockWalker(SourceLayout layout, MarkdownFootnoteNumbers numbers, string source)
    {
        _layout = layout;
        _numbers = numbers;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public void Walk(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count(h => h.Level == 1) == 1 && headings[0].Level == 1)
        {
            _title = headings[0];
        }

        WalkBlocks(document, listDepth: 0);
    }

    private void WalkBlocks(IEnumerable<Block> blocks, int listDepth)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading when heading == _title:
                    Add(heading, ParagraphHint.Title);
                    break;
                case HeadingBlock heading:
                    Add(heading, ParagraphHint.Heading, level: heading.Level);
                    break;
                case ParagraphBlock paragraph:
                    Add(paragraph, ParagraphHint.None);
                    break;
                case ListBlock list:
                    WalkList(list, listDepth + 1);
                    break;
                case Table table:
                    WalkTable(table);
                    break;
                case CodeBlock code:
                    _layout.Warnings.Add(new DocumentWarning("markdown-code-skipped",
                        "a code block was skipped; code is not translated", code.Line + 1));
                    break;
                case FootnoteGroup or HtmlBlock:
                    break;
                case ContainerBlock nested:
                    WalkBlocks(nested, listDepth);
                    break;
            }
        }
    }

    private void WalkList(ListBlock list, int depth)
    {
        var start = list.IsOrdered
            && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var startNumber)
                ? startNumber
                : 1;
        var index = 0;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var label = list.IsOrdered
                ? (start + index).ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter
                : "•";
            index++;
            IEnumerable<Block> rest = item;
            if (item.Count > 0 && item[0] is ParagraphBlock first)
            {
                Add(first, ParagraphHint.ListItem, level: depth, label: label);
                rest = item.Skip(1);
            }

            WalkBlocks(rest, depth);
        }
    }

    private void WalkTable(Table table)
    {
        foreach (var row in table.OfType<TableRow>())
        {
            var cells = new List<string>();
            var anchors = new List<FootnoteAnchor>();
            var text = new StringBuilder();
            foreach (var cell in row.OfType<TableCell>())
            {
                var builder = new AnchoredTextBuilder();
                MarkdownInlineText.AppendBlocks(cell, builder, _numbers);
                var (cellText, cellAnchors) = builder.Build();
                if (cells.Count > 0)
                {
                    text.Append('\t');
                }

                anchors.AddRange(cellAnchors.Select(a => a with { Offset = a.Offset + text.Length }));
                text.Append(cellText);
                cells.Add(cellText);
            }

            if (cells.TrueForAll(c => c.Length == 0))
            {
                continue;
            }

            var result = new SourceParagraph(text.ToString(), ParagraphHint.TableRow, row.Line + 1) { Cells = cells };
            result.Anchors.AddRange(anchors);
            _layout.Paragraphs.Add(result);
        }
    }

    /// <summary>1-based line of a character offset in the source.</summary>
    private int LineAt(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private void Add(LeafBlock block, ParagraphHint hint, int? level = null, string? label = null)
    {
        var builder = new AnchoredTextBuilder();
        MarkdownInlineText.Append(block.Inline, builder, _numbers);
        var (text, anchors) = builder.Build();
        if (text.Length == 0)
        {
            return;
        }

        // Markdig gives a setext heading the line of its underline; its span starts where its text does.
        var line = block is HeadingBlock { IsSetext: true } ? LineAt(block.Span.Start) : block.Line + 1;
        var paragraph = new SourceParagraph(text, hint, line) { Level = level, Label = label };
        paragraph.Anchors.AddRange(anchors);
        _layout.Paragraphs.Add(paragraph);
    }
}
