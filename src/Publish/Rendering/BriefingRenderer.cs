using Publish.Documents;
using Publish.Rendering.Brief;
using Publish.Rendering.Content;
using Publish.Rendering.Docx;
using Publish.Rendering.Layouts;
using Publish.Rendering.Pdf;

namespace Publish.Rendering;

/// <summary>
/// Renders a translated document: bilingual or English as DOCX or PDF, or the English brief as Markdown,
/// DOCX or PDF. Layouts build one format-free content model; the writers only read it.
/// </summary>
public static class BriefingRenderer
{
    /// <summary>Writes the rendering to <paramref name="output"/>; bad templates raise <see cref="PublishInputException"/>.</summary>
    public static void Render(TranslatedDocument document, RenderOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        if (options.Layout != RenderLayout.Brief && options.Format == RenderFormat.Markdown)
        {
            throw new ArgumentException("Markdown output is for the brief layout only", nameof(options));
        }

        RenderContent content;
        if (options.Layout == RenderLayout.Brief)
        {
            var brief = BriefRenderer.Render(document, options);
            if (options.Format == RenderFormat.Markdown)
            {
                using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
                writer.Write(brief.Markdown);
                return;
            }

            content = brief.Content;
        }
        else
        {
            content = options.Layout == RenderLayout.Bilingual ? BilingualLayout.Build(document, options) : EnglishLayout.Build(document, options);
        }

        if (options.Format == RenderFormat.Docx)
        {
            DocxWriter.Write(content, output);
        }
        else
        {
            PdfWriter.Write(content, output);
        }
    }

    /// <summary>The usual file extension of a format, with its dot.</summary>
    public static string Extension(RenderFormat format) => format switch
    {
        RenderFormat.Docx => ".docx",
        RenderFormat.Pdf => ".pdf",
        _ => ".md",
    };
}
