using Publish.Documents;
using Publish.Rendering.Content;
using Publish.Rendering.Templates;

namespace Publish.Rendering.Layouts;

/// <summary>
/// What the bilingual and English layouts share: the page template (margins, running header, lines under
/// the title, all Liquid), the document title and the footnote bodies.
/// </summary>
internal static class LayoutStart
{
    public const string DefaultTemplate = "briefing";

    public static RenderContent Create(TranslatedDocument document, RenderOptions options, DocumentFacts facts)
    {
        var template = TemplateLocator.Find(options.Template ?? DefaultTemplate, options.TemplateDirectory);
        var model = facts.ToTemplateModel(document);
        var settings = LiquidTemplates.RenderSettings(template, model);
        var content = new RenderContent(facts.Title, document.TargetLanguage, PageSettings.From(template))
        {
            Subject = settings.GetValueOrDefault("subject"),
            Author = facts.Author ?? settings.GetValueOrDefault("author"),
            Date = facts.Date,
            RunningHeader = settings.GetValueOrDefault("header") ?? facts.Title,
        };

        content.Blocks.Add(new HeadingBlock(1, document.TargetLanguage, [new TextRun(facts.Title, document.TargetLanguage)]));
        var lines = LiquidTemplates.Render(template, template.Body, model, template.BodyLine).Split('\n');
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            content.Blocks.Add(new ParagraphBlock(ParagraphRole.Meta, document.TargetLanguage, [new TextRun(line, document.TargetLanguage)]));
        }

        return content;
    }

    /// <summary>Numbers of the source footnotes that have a body.</summary>
    public static HashSet<string> FootnoteNumbers(PublishDocument source) =>
        source.Blocks.Where(b => b.Kind == BlockKind.Footnote && b.Number is not null).Select(b => b.Number!).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The source's title block is the English H1 already when the document title was taken from it
    /// (first title block, translated, no title in the options); it is then not printed twice.
    /// </summary>
    public static bool IsDocumentTitle(Block block, TranslatedDocument document, RenderOptions options) =>
        options.Title is null && block.Kind == BlockKind.Title && document.IsTranslated(block)
        && document.Source.Blocks.First(b => b.Kind == BlockKind.Title) == block;

    public static ParagraphRole RoleOf(Block block) => block.Kind switch
    {
        BlockKind.Question => ParagraphRole.Question,
        BlockKind.Salutation => ParagraphRole.Salutation,
        BlockKind.Closing => ParagraphRole.Closing,
        BlockKind.Signature => ParagraphRole.Signature,
        BlockKind.ListItem => ParagraphRole.ListItem,
        _ => ParagraphRole.Body,
    };
}
