using System.Text;
using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Rendering.Content;
using Publish.Rendering.Layouts;
using Publish.Rendering.Templates;

namespace Publish.Rendering.Brief;

/// <summary>The brief as Markdown, and the content the DOCX and PDF writers make from that same Markdown.</summary>
internal sealed record BriefResult(string Markdown, RenderContent Content);

/// <summary>
/// Renders the brief template (Liquid, <see cref="LiquidTemplates"/>) into Markdown with front matter;
/// DOCX and PDF are made by reading that Markdown back, so all three carry the same content.
/// </summary>
internal static partial class BriefRenderer
{
    public const string DefaultTemplate = "brief";

    public static BriefResult Render(TranslatedDocument document, RenderOptions options)
    {
        var facts = DocumentFacts.Of(document, options);
        var template = TemplateLocator.Find(options.Template ?? DefaultTemplate, options.TemplateDirectory);
        var model = BriefModel.Create(document, options, facts);
        var settings = LiquidTemplates.RenderSettings(template, model);
        var title = settings.GetValueOrDefault("title") is { Length: > 0 } t ? t : facts.Title;
        model["brief_title"] = MarkdownText.Escape(title);
        model["contact"] = MarkdownText.Escape(options.Contact ?? settings.GetValueOrDefault("contact") ?? "");
        var body = BlankLines().Replace(LiquidTemplates.Render(template, template.Body, model, template.BodyLine).ReplaceLineEndings("\n"), "\n\n").Trim() + "\n";

        var markdown = new StringBuilder("---\n");
        void Field(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                markdown.Append(key).Append(": \"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
            }
        }

        Field("title", title);
        Field("date", facts.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Field("author", settings.GetValueOrDefault("author") ?? facts.Author);
        Field("subject", settings.GetValueOrDefault("subject"));
        Field("lang", document.TargetLanguage);
        Field("source", document.DocumentId);
        markdown.Append("---\n\n").Append(body);

        var content = new RenderContent(title, document.TargetLanguage, PageSettings.From(template))
        {
            Subject = settings.GetValueOrDefault("subject"),
            Author = facts.Author ?? settings.GetValueOrDefault("author"),
            Date = facts.Date,
            RunningHeader = settings.GetValueOrDefault("header") ?? title,
        };
        MarkdownContentReader.Read(markdown.ToString(), content);
        return new BriefResult(markdown.ToString(), content);
    }

    [GeneratedRegex(@"\n(?:[ \t]*\n){2,}")]
    private static partial Regex BlankLines();
}
