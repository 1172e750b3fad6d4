using System.Text;
using System.Text.Json.Nodes;
using Publish.Documents;
using Publish.Rendering.Layouts;

namespace Publish.Rendering.Brief;

/// <summary>
/// What the brief template reads: summary, key points, sections of English paragraphs (Markdown, with
/// footnote references as <c>[^n]</c>) and the notes. Untranslated text appears as a bold
/// "[not translated]" flag followed by the Dutch in italics.
/// </summary>
internal static class BriefModel
{
    private const int DefaultKeyPoints = 5;

    public static JsonObject Create(TranslatedDocument document, RenderOptions options, DocumentFacts facts)
    {
        var model = facts.ToTemplateModel(document);
        var numbers = LayoutStart.FootnoteNumbers(document.Source);
        var sections = Sections(document, options, numbers);
        var translated = document.Source.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Answer && document.IsTranslated(b)).ToList();
        model["summary"] = MarkdownText.Escape(options.Summary ?? (translated.Count > 0 ? FirstSentences(document, translated[0], 3) : "No part of the document has been translated yet."));
        var points = options.KeyPoints ?? DefaultPoints(document, translated);
        model["key_points"] = new JsonArray(points.Select(p => (JsonNode)MarkdownText.Escape(p)).ToArray());
        model["sections"] = sections;
        model["notes"] = new JsonArray(document.Source.Blocks.Where(b => b.Kind == BlockKind.Footnote && b.Number is not null)
            .Select(b => (JsonNode)new JsonObject { ["number"] = b.Number, ["text"] = Text(document, b, numbers) }).ToArray());
        return model;
    }

    private static JsonArray Sections(TranslatedDocument document, RenderOptions options, HashSet<string> numbers)
    {
        var sections = new JsonArray();
        JsonObject? current = null;
        bool included = options.Sections is null;
        Block? previous = null;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind is not (BlockKind.Footnote or BlockKind.Title)))
        {
            if (block.Kind == BlockKind.Heading || current is null)
            {
                var heading = block.Kind == BlockKind.Heading ? Text(document, block, numbers) : null;
                included = options.Sections is null || (block.Kind == BlockKind.Heading && options.Sections.Any(s => Matches(s, block, document)));
                current = new JsonObject { ["heading"] = heading, ["paragraphs"] = new JsonArray() };
                if (included)
                {
                    sections.Add(current);
                }

                if (block.Kind == BlockKind.Heading)
                {
                    previous = block;
                    continue;
                }
            }

            var paragraphs = (JsonArray)current["paragraphs"]!;
            if (included && BlockLabels.For(block, previous) is { } label)
            {
                paragraphs.Add("**" + MarkdownText.Escape(label.English) + "**");
            }

            previous = block;
            if (included)
            {
                paragraphs.Add((block.Kind == BlockKind.ListItem ? "- " : "") + Text(document, block, numbers));
            }
        }

        return sections;
    }

    /// <summary>A block's English as Markdown, with note references and flagged untranslated stretches.</summary>
    private static string Text(TranslatedDocument document, Block block, HashSet<string> numbers)
    {
        var text = new StringBuilder();
        bool flagged = false;
        foreach (var segment in block.Segments)
        {
            var target = document.For(segment);
            text.Append(text.Length > 0 ? " " : "");
            if (target.HasTarget)
            {
                text.Append(MarkdownText.Escape(target.Target!.Trim()));
                flagged = false;
            }
            else
            {
                text.Append(flagged ? "" : "**" + MarkdownText.Escape(Languages.UntranslatedMarker) + "** ").Append('*').Append(MarkdownText.Escape(segment.Text)).Append('*');
                flagged = true;
            }

            foreach (var number in segment.Footnotes.Where(numbers.Contains))
            {
                text.Append("[^").Append(number).Append(']');
            }
        }

        return text.ToString();
    }

    private static bool Matches(string wanted, Block heading, TranslatedDocument document) =>
        heading.Text.Contains(wanted, StringComparison.OrdinalIgnoreCase)
        || heading.Segments.Any(s => document.For(s).Target?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true);

    private static string FirstSentences(TranslatedDocument document, Block block, int count) =>
        string.Join(" ", block.Segments.Take(count).Select(s => document.For(s).Target!.Trim()));

    /// <summary>The translated headings; without them, the first sentence of the first translated paragraphs.</summary>
    private static List<string> DefaultPoints(TranslatedDocument document, List<Block> translated)
    {
        var headings = document.Source.Blocks.Where(b => b.Kind == BlockKind.Heading && document.IsTranslated(b))
            .Select(b => string.Join(" ", b.Segments.Select(s => document.For(s).Target!.Trim()))).Distinct().Take(DefaultKeyPoints).ToList();
        return headings.Count > 0 ? headings : translated.Skip(1).Take(DefaultKeyPoints).Select(b => document.For(b.Segments[0]).Target!.Trim()).ToList();
    }
}
