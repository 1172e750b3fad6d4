using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Publish.Ingest.Docx;

namespace Publish.Ingest.Markdown;

/// <summary>
/// Reduces Markdown inline markup to the plain text a reader sees: emphasis dropped, links give their
/// text, autolinks their address, inline code its content, entities their character, images and raw HTML
/// nothing; footnote references become anchors.
/// </summary>
internal static class MarkdownInlineText
{
    public static void Append(ContainerInline? inlines, AnchoredTextBuilder text, MarkdownFootnoteNumbers numbers)
    {
        if (inlines is null)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case FootnoteLink { IsBackLink: false } link:
                    text.AppendAnchor(numbers.NumberOf(link.Footnote));
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    Append(container, text, numbers);
                    break;
            }
        }
    }

    /// <summary>The text of every paragraph and heading under <paramref name="container"/>, space-joined.</summary>
    public static void AppendBlocks(ContainerBlock container, AnchoredTextBuilder text, MarkdownFootnoteNumbers numbers)
    {
        foreach (var leaf in container.Descendants<LeafBlock>())
        {
            if (leaf is ParagraphBlock or HeadingBlock)
            {
                text.Append(' ');
                Append(leaf.Inline, text, numbers);
            }
        }
    }
}
