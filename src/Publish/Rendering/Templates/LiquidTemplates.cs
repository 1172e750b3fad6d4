using System.Globalization;
using System.Text.Json.Nodes;
using Fluid;

namespace Publish.Rendering.Templates;

/// <summary>
/// Renders template text with Fluid (Liquid). The model is a JSON object so a template reads exactly the
/// values the renderer chose to give it, and nothing else of the program.
/// </summary>
internal static class LiquidTemplates
{
    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithCultureInfo(CultureInfo.GetCultureInfo("en-GB"))
        .WithMaxRecursion(20)
        .Build();

    /// <summary>The rendered text; a syntax error becomes an input error naming the template file.</summary>
    public static string Render(TemplateFile template, string text, JsonObject model, int line)
    {
        ArgumentNullException.ThrowIfNull(template);
        if (!Parser.TryParse(text, out var parsed, out var error))
        {
            throw new PublishInputException(template.Path, "template error: " + error, line);
        }

        return parsed.Render(new TemplateContext(model, Options));
    }

    /// <summary>Every front matter value rendered with the same model.</summary>
    public static Dictionary<string, string> RenderSettings(TemplateFile template, JsonObject model) =>
        template.Settings.ToDictionary(s => s.Key, s => Render(template, s.Value, model, 1).Trim(), StringComparer.Ordinal);
}
