using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publish.Documents;
using Publish.Rendering;
using Publish.Rendering.Brief;
using Publish.Rendering.Layouts;
using Publish.Rendering.Templates;

namespace Publish.Rebuild;

/// <summary>
/// <see cref="BriefingRenderer"/> as the build manifest sees it: one layout in one format, named
/// "bilingual-pdf", "english-docx", "brief-markdown"…, versioned with the program so that a new renderer
/// re-renders every output, and with the template it reads hashed as an input. Options a user chose (template,
/// title, the brief's parts) are part of the name, "brief-pdf+{json}", so that a rebuild renders the output
/// again as it was asked for; the date is not: a re-issued briefing carries the date of its re-issue.
/// </summary>
public sealed class BriefingDocumentRenderer : IDocumentRenderer
{
    private static readonly string ProgramVersion =
        typeof(BriefingRenderer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";

    private readonly RenderOptions options;

    public BriefingDocumentRenderer(RenderLayout layout, RenderFormat format, RenderOptions? baseOptions = null)
    {
        options = (baseOptions ?? new RenderOptions()) with { Layout = layout, Format = format };
        var chosen = ChosenOptions.Of(options);
        Name = NameOf(layout, format) + (chosen.IsEmpty ? "" : OptionsSeparator + JsonSerializer.Serialize(chosen, Json));
    }

    public string Name { get; }

    public string Version => "publish.rendering/" + ProgramVersion;

    /// <summary>The template file this layout reads, as the options find it.</summary>
    public string? TemplatePath =>
        TemplateLocator.Locate(options.Template ?? (options.Layout == RenderLayout.Brief ? BriefRenderer.DefaultTemplate : LayoutStart.DefaultTemplate), options.TemplateDirectory);

    public RenderLayout Layout => options.Layout;

    public RenderFormat Format => options.Format;

    /// <summary>The renderer a manifest record names, with <paramref name="baseOptions"/> for what the name leaves out; null for an unknown name.</summary>
    public static BriefingDocumentRenderer? FromName(string name, RenderOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var separator = name.IndexOf(OptionsSeparator, StringComparison.Ordinal);
        var kind = separator < 0 ? name : name[..separator];
        var layoutAndFormat = All().FirstOrDefault(r => NameOf(r.Layout, r.Format) == kind);
        if (layoutAndFormat is null)
        {
            return null;
        }

        var options = baseOptions ?? new RenderOptions();
        if (separator >= 0)
        {
            try
            {
                options = (JsonSerializer.Deserialize<ChosenOptions>(name[(separator + 1)..], Json) ?? ChosenOptions.None).ApplyTo(options);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return new BriefingDocumentRenderer(layoutAndFormat.Layout, layoutAndFormat.Format, options);
    }

    public static string NameOf(RenderLayout layout, RenderFormat format) =>
        $"{layout.ToString().ToLowerInvariant()}-{format.ToString().ToLowerInvariant()}";

    /// <summary>A renderer for every layout and format the renderers can make (the rebuild finds outputs' renderers among them).</summary>
    public static IReadOnlyList<BriefingDocumentRenderer> All(RenderOptions? baseOptions = null) =>
        [.. Enum.GetValues<RenderLayout>().SelectMany(layout => Enum.GetValues<RenderFormat>()
            .Where(format => format != RenderFormat.Markdown || layout == RenderLayout.Brief)
            .Select(format => new BriefingDocumentRenderer(layout, format, baseOptions)))];

    public void Render(TranslatedDocument document, Stream output) => BriefingRenderer.Render(document, options, output);

    private const string OptionsSeparator = "+";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The options a user chooses per output, as recorded in its renderer's name.</summary>
    private sealed record ChosenOptions(
        string? Template, string? Title, string? Author, string? Summary, IReadOnlyList<string>? KeyPoints, string? Contact, IReadOnlyList<string>? Sections)
    {
        public static readonly ChosenOptions None = new(null, null, null, null, null, null, null);

        public static ChosenOptions Of(RenderOptions o) => new(o.Template, o.Title, o.Author, o.Summary, o.KeyPoints, o.Contact, o.Sections);

        public RenderOptions ApplyTo(RenderOptions o) =>
            o with { Template = Template, Title = Title, Author = Author, Summary = Summary, KeyPoints = KeyPoints, Contact = Contact, Sections = Sections };

        public bool IsEmpty =>
            Template is null && Title is null && Author is null && Summary is null && KeyPoints is null && Contact is null && Sections is null;
    }
}
