using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Rendering.Content;
using Publish.Rendering.Layouts;
using Inline = Publish.Rendering.Content.Inline;

namespace Publish.Rendering.Brief;

/// <summary>
/// Reads the brief's Markdown (CommonMark with footnotes) into content: headings, paragraphs, lists and
/// notes. A bold "[not translated]" flag marks the italic text after it as Dutch.
/// </summary>
internal static class MarkdownContentReader
{
    private const string HardBreak = "\n";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UseFootnotes().Build();

    public static void Read(string markdown, RenderContent content)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var block in document)
        {
            switch (block)
            {
                case Markdig.Syntax.HeadingBlock heading:
                    content.Blocks.Add(new Content.HeadingBlock(Math.Clamp(heading.Level, 1, 3), content.Language, Inlines(heading.Inline, content.Language)));
                    break;
                case Markdig.Syntax.ParagraphBlock paragraph:
                    foreach (var line in Lines(Inlines(paragraph.Inline, content.Language)))
                    {
                        // "**Date:** …" lines under the title are metadata, set like the other layouts' meta lines.
                        bool meta = line.Count > 0 && line[0] is TextRun { Style: RunStyle.Strong } label && label.Text.EndsWith(':');
                        content.Blocks.Add(new Content.ParagraphBlock(meta ? ParagraphRole.Meta : ParagraphRole.Body, content.Language, line));
                    }

                    break;
                case Markdig.Syntax.ListBlock list:
                    int number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    content.Blocks.Add(new Content.ListBlock(content.Language, list.OfType<ListItemBlock>().Select(item => new Content.ListItem(
                        list.IsOrdered ? (number++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "•",
                        item.OfType<LeafBlock>().SelectMany(leaf => Inlines(leaf.Inline, content.Language)).ToList())).ToList()));
                    break;
                case FootnoteGroup notes:
                    foreach (var note in notes.OfType<Markdig.Extensions.Footnotes.Footnote>())
                    {
                        content.Footnotes[note.Label!] = new Content.Footnote(note.Label!, note.OfType<Markdig.Syntax.ParagraphBlock>()
                            .Select(p => new Content.ParagraphBlock(ParagraphRole.Body, content.Language, Inlines(p.Inline, content.Language))).ToList());
                    }

                    break;
            }
        }
    }

    /// <summary>A hard line break (two trailing spaces) starts a new paragraph: the writers have no line breaks.</summary>
    private static IEnumerable<List<Inline>> Lines(List<Inline> inlines)
    {
        var line = new List<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is TextRun { Text: HardBreak })
            {
                yield return line;
                line = [];
            }
            else
            {
                line.Add(inline);
            }
        }

        yield return line;
    }

    private static List<Inline> Inlines(ContainerInline? container, string language)
    {
        var inlines = new List<Inline>();
        bool dutch = false;
        void Walk(ContainerInline parent, RunStyle style)
        {
            foreach (var inline in parent)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        var text = literal.Content.ToString();
                        if (style == RunStyle.Strong && text == Languages.UntranslatedMarker)
                        {
                            inlines.Add(new TextRun(text, language, RunStyle.UntranslatedMarker));
                            dutch = true;
                        }
                        else
                        {
                            bool source = dutch && style == RunStyle.Emphasis;
                            inlines.Add(new TextRun(text, source ? Languages.Dutch : language, source ? RunStyle.Untranslated : style));
                        }

                        break;
                    case FootnoteLink { IsBackLink: false } link:
                        inlines.Add(new NoteReference(link.Footnote.Label!, language));
                        break;
                    case LineBreakInline { IsHard: true }:
                        inlines.Add(new TextRun(HardBreak, language, style));
                        break;
                    case LineBreakInline:
                        inlines.Add(new TextRun(" ", language, style));
                        break;
                    case CodeInline code:
                        inlines.Add(new TextRun(code.Content, language, style));
                        break;
                    case EmphasisInline emphasis:
                        Walk(emphasis, emphasis.DelimiterCount >= 2 ? RunStyle.Strong : RunStyle.Emphasis);
                        break;
                    case ContainerInline nested:
                        Walk(nested, style);
                        break;
                }
            }
        }

        if (container is not null)
        {
            Walk(container, RunStyle.Normal);
        }

        return inlines;
    }
}
