using Publish.Documents;
using Publish.Rendering.Content;

namespace Publish.Rendering.Layouts;

/// <summary>
/// The English alone in the source's structure: title, headings, letter parts, questions under their
/// group's label, numbered answers, list items, and the footnotes as real notes.
/// </summary>
internal static class EnglishLayout
{
    public static RenderContent Build(TranslatedDocument document, RenderOptions options)
    {
        var facts = DocumentFacts.Of(document, options);
        var content = LayoutStart.Create(document, options, facts);
        var inlines = new BlockInlines(document, LayoutStart.FootnoteNumbers(document.Source));
        var english = document.TargetLanguage;
        bool hasTitle = document.Source.Blocks.Any(b => b.Kind == BlockKind.Title);
        Block? previous = null;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind != BlockKind.Footnote))
        {
            if (BlockLabels.For(block, previous) is { } label)
            {
                content.Blocks.Add(new ParagraphBlock(ParagraphRole.Label, english, [new TextRun(label.English, english, RunStyle.Strong)]));
            }

            previous = block;
            if (LayoutStart.IsDocumentTitle(block, document, options))
            {
                continue;
            }

            var text = inlines.Target(block, repeatSource: true);
            switch (block.Kind)
            {
                case BlockKind.Title or BlockKind.Heading:
                    content.Blocks.Add(new HeadingBlock(BlockLabels.HeadingLevel(block, hasTitle), english, text));
                    break;
                case BlockKind.ListItem:
                    AddListItem(content, english, new ListItem(block.Number ?? "•", text));
                    break;
                default:
                    content.Blocks.Add(new ParagraphBlock(LayoutStart.RoleOf(block), english, text));
                    break;
            }
        }

        foreach (var note in document.Source.Blocks.Where(b => b.Kind == BlockKind.Footnote && b.Number is not null))
        {
            content.Footnotes[note.Number!] = new Footnote(note.Number!, [new ParagraphBlock(ParagraphRole.Body, english, inlines.Target(note, repeatSource: true))]);
        }

        return content;
    }

    /// <summary>Consecutive list items form one list (PDF L › LI, DOCX paragraphs of the list style).</summary>
    private static void AddListItem(RenderContent content, string language, ListItem item)
    {
        if (content.Blocks.Count > 0 && content.Blocks[^1] is ListBlock list)
        {
            content.Blocks[^1] = list with { Items = [.. list.Items, item] };
        }
        else
        {
            content.Blocks.Add(new ListBlock(language, [item]));
        }
    }
}
