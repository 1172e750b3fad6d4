using Publish.Rendering.Templates;

namespace Publish.Rendering.Content;

/// <summary>
/// A document ready for a writer: blocks in reading order, footnotes by number, metadata. Layouts build it
/// from a translated document, the brief from its Markdown; the DOCX and PDF writers only read it.
/// </summary>
internal sealed class RenderContent(string title, string language, PageSettings page)
{
    public string Title { get; } = title;

    /// <summary>The document's main language (BCP 47), e.g. "en-GB".</summary>
    public string Language { get; } = language;

    public PageSettings Page { get; } = page;

    public string? Subject { get; init; }

    public string? Author { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>Text of the running header (an artifact in PDF, a header part in DOCX).</summary>
    public string? RunningHeader { get; init; }

    public List<ContentBlock> Blocks { get; } = [];

    public Dictionary<string, Footnote> Footnotes { get; } = new(StringComparer.Ordinal);
}
