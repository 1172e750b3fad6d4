using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>A heading, paragraph or list item broken into lines for a given width.</summary>
internal sealed record PreparedParagraph(StructureTag Tag, string Language, List<TextLine> Lines, double SpaceBefore, double SpaceAfter, double Indent, TextLine? Label)
{
    public const double ListIndent = 16;

    public double Height => Lines.Sum(l => l.Height);

    /// <summary>Headings and Q&amp;A labels ("Answer 3") never end a page without what they introduce.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Headings, paragraphs and list items of a block; a list gives one per item.</summary>
    public static List<PreparedParagraph> Of(ContentBlock block, double width, bool inTable)
    {
        var style = PdfTheme.Of(block, inTable);
        double before = PdfTheme.SpaceBefore(block, inTable), after = PdfTheme.SpaceAfter(block, inTable);
        switch (block)
        {
            case HeadingBlock heading:
                return [new(heading.Level switch { 1 => StructureTag.Heading1, 2 => StructureTag.Heading2, _ => StructureTag.Heading3 }, heading.Language,
                    LineBreaker.Break(heading.Inlines, style, width, justify: false), before, after, 0, null) { KeepWithNext = true }];
            case ParagraphBlock paragraph:
                double indent = PdfTheme.Indent(block, inTable);
                return [new(StructureTag.Paragraph, paragraph.Language, LineBreaker.Break(paragraph.Inlines, style, width - indent, PdfTheme.Justify(block, inTable)), before, after, indent, null)
                    { KeepWithNext = paragraph.Role == ParagraphRole.Label }];
            case ListBlock list:
                return list.Items.Select(item => new PreparedParagraph(StructureTag.ListItem, list.Language,
                    LineBreaker.Break(item.Inlines, style, width - ListIndent, PdfTheme.Justify(new ParagraphBlock(ParagraphRole.ListItem, list.Language, []), inTable)),
                    inTable ? 2 : 0, inTable ? 0 : 3, ListIndent, LineBreaker.Break([new TextRun(item.Label, list.Language)], style, ListIndent, justify: false)[0])).ToList();
            default:
                throw new ArgumentOutOfRangeException(nameof(block));
        }
    }

    /// <summary>The structure elements around the lines: a list item is LI › Lbl + LBody (§14.8.4.3.3).</summary>
    public void Begin(Paginator pages, double x, double top)
    {
        if (Tag != StructureTag.ListItem)
        {
            pages.Emit(new BeginStructure(Tag, Language));
            return;
        }

        pages.Emit(new BeginStructure(StructureTag.ListItem, Language));
        pages.Emit(new BeginStructure(StructureTag.Label, null));
        pages.Emit(new DrawLine(Label!, x, top, ListIndent, Language));
        pages.Emit(new EndStructure());
        pages.Emit(new BeginStructure(StructureTag.ListBody, null));
    }

    public void End(Paginator pages)
    {
        pages.Emit(new EndStructure());
        if (Tag == StructureTag.ListItem)
        {
            pages.Emit(new EndStructure());
        }
    }
}
