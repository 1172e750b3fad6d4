using Publish.Documents;
using Publish.Rendering.Content;

namespace Publish.Rendering.Layouts;

/// <summary>
/// Dutch and English side by side: one table row per source block (title, headings, paragraphs, each
/// question and answer with its label), so a reader compares them line by line. The footnotes carry
/// both languages, the Dutch first.
/// </summary>
internal static class BilingualLayout
{
    private static readonly double[] ColumnWeights = [1, 1];

    public static RenderContent Build(TranslatedDocument document, RenderOptions options)
    {
        var facts = DocumentFacts.Of(document, options);
        var content = LayoutStart.Create(document, options, facts);
        var inlines = new BlockInlines(document, LayoutStart.FootnoteNumbers(document.Source));
        var english = document.TargetLanguage;
        bool hasTitle = document.Source.Blocks.Any(b => b.Kind == BlockKind.Title);
        var rows = new List<TableRow>();
        Block? previous = null;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind != BlockKind.Footnote))
        {
            var dutch = new List<ContentBlock>();
            var target = new List<ContentBlock>();
            if (BlockLabels.For(block, previous) is { } label)
            {
                dutch.Add(new ParagraphBlock(ParagraphRole.Label, Languages.Dutch, [new TextRun(label.Dutch, Languages.Dutch, RunStyle.Strong)]));
                target.Add(new ParagraphBlock(ParagraphRole.Label, english, [new TextRun(label.English, english, RunStyle.Strong)]));
            }

            previous = block;
            dutch.Add(Block(block, Languages.Dutch, inlines.Dutch(block), hasTitle));
            target.Add(Block(block, english, inlines.Target(block, repeatSource: false), hasTitle));
            rows.Add(new TableRow([new TableCell(Languages.Dutch, dutch), new TableCell(english, target)]));
        }

        TableCell Header(string language, string text) =>
            new(language, [new ParagraphBlock(ParagraphRole.TableHeader, language, [new TextRun(text, language, RunStyle.Strong)])]);
        content.Blocks.Add(new TableBlock(english, [Header(Languages.Dutch, "Nederlands (bron)"), Header(english, "English (translation)")], rows, ColumnWeights));

        foreach (var note in document.Source.Blocks.Where(b => b.Kind == BlockKind.Footnote && b.Number is not null))
        {
            content.Footnotes[note.Number!] = new Footnote(note.Number!, [
                new ParagraphBlock(ParagraphRole.Body, Languages.Dutch, inlines.Dutch(note)),
                new ParagraphBlock(ParagraphRole.Body, english, inlines.Target(note, repeatSource: false))]);
        }

        return content;
    }

    private static ContentBlock Block(Block block, string language, List<Inline> text, bool hasTitle) => block.Kind switch
    {
        BlockKind.Title or BlockKind.Heading => new HeadingBlock(BlockLabels.HeadingLevel(block, hasTitle), language, text),
        BlockKind.ListItem => new ListBlock(language, [new ListItem(block.Number ?? "•", text)]),
        _ => new ParagraphBlock(LayoutStart.RoleOf(block), language, text),
    };
}
