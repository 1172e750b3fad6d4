namespace Publish.Rendering;

/// <summary>Which document a renderer makes from a translated document.</summary>
public enum RenderLayout
{
    /// <summary>Dutch and English side by side, one table row per source block.</summary>
    Bilingual,

    /// <summary>The English alone, in the structure of the source.</summary>
    English,

    /// <summary>The English briefing for communications teams, from a Markdown template.</summary>
    Brief,
}

/// <summary>The file format a renderer writes.</summary>
public enum RenderFormat
{
    Docx,
    Pdf,
    Markdown,
}

/// <summary>What to render and how; everything but layout and format has a sensible default.</summary>
public sealed record RenderOptions
{
    public RenderLayout Layout { get; init; } = RenderLayout.English;

    public RenderFormat Format { get; init; } = RenderFormat.Pdf;

    /// <summary>Template name (file name without ".md" in <see cref="TemplateDirectory"/>); defaults per layout.</summary>
    public string? Template { get; init; }

    /// <summary>Folder holding the templates; default: the repository's or the installed <c>templates/</c>.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>Overrides the title taken from the document.</summary>
    public string? Title { get; init; }

    public string? Author { get; init; }

    /// <summary>The date printed on the document and stored in its properties; default: today.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Brief only: the summary; default: the first translated paragraphs.</summary>
    public string? Summary { get; init; }

    /// <summary>Brief only: key points; default: the translated section headings.</summary>
    public IReadOnlyList<string>? KeyPoints { get; init; }

    /// <summary>Brief only: the contact line.</summary>
    public string? Contact { get; init; }

    /// <summary>Brief only: the source headings (Dutch or English) of the sections to include; default: all.</summary>
    public IReadOnlyList<string>? Sections { get; init; }
}
