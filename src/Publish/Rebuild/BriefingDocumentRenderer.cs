using System.Reflection;
using Publish.Documents;
using Publish.Rendering;
using Publish.Rendering.Brief;
using Publish.Rendering.Layouts;
using Publish.Rendering.Templates;

namespace Publish.Rebuild;

/// <summary>
/// <see cref="BriefingRenderer"/> as the build manifest sees it: one layout in one format, named
/// "bilingual-pdf", "english-docx", "brief-markdown"…, versioned with the program so that a new renderer
/// re-renders every output, and with the template it reads hashed as an input.
/// </summary>
public sealed class BriefingDocumentRenderer : IDocumentRenderer
{
    private static readonly string ProgramVersion =
        typeof(BriefingRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private readonly RenderOptions options;

    public BriefingDocumentRenderer(RenderLayout layout, RenderFormat format, RenderOptions? baseOptions = null)
    {
        options = (baseOptions ?? new RenderOptions()) with { Layout = layout, Format = format };
        Name = NameOf(layout, format);
    }

    public string Name { get; }

    public string Version => "publish.rendering/" + ProgramVersion;

    /// <summary>The template file this layout reads, as the options find it.</summary>
    public string? TemplatePath =>
        TemplateLocator.Find(options.Template ?? (options.Layout == RenderLayout.Brief ? BriefRenderer.DefaultTemplate : LayoutStart.DefaultTemplate), options.TemplateDirectory).Path;

    public RenderLayout Layout => options.Layout;

    public RenderFormat Format => options.Format;

    public static string NameOf(RenderLayout layout, RenderFormat format) =>
        $"{layout.ToString().ToLowerInvariant()}-{format.ToString().ToLowerInvariant()}";

    /// <summary>A renderer for every layout and format the renderers can make (the rebuild finds outputs' renderers among them).</summary>
    public static IReadOnlyList<BriefingDocumentRenderer> All(RenderOptions? baseOptions = null) =>
        [.. Enum.GetValues<RenderLayout>().SelectMany(layout => Enum.GetValues<RenderFormat>()
            .Where(format => format != RenderFormat.Markdown || layout == RenderLayout.Brief)
            .Select(format => new BriefingDocumentRenderer(layout, format, baseOptions)))];

    public void Render(TranslatedDocument document, Stream output) => BriefingRenderer.Render(document, options, output);
}
