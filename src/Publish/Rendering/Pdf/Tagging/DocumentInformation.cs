using System.Text;
using PdfSharp.Pdf;
using Publish.Rendering.Content;
using Publish.Rendering.Layouts;

namespace Publish.Rendering.Pdf.Tagging;

/// <summary>
/// Document information and viewer preferences. PDFsharp 6.2.4 copies the Info strings into the XMP
/// packet without XML escaping, so '&amp;', '&lt;' and '&gt;' would make the metadata malformed: they are
/// replaced by look-alike characters, and control characters are dropped.
/// </summary>
internal static class DocumentInformation
{
    public static void Apply(PdfDocument document, RenderContent content)
    {
        var info = document.Info;
        info.Title = Sanitize(content.Title);
        info.Subject = Sanitize(content.Subject ?? "");
        info.Author = Sanitize(content.Author ?? "");
        info.Creator = DocumentFacts.Generator;
        var date = content.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        info.CreationDate = date;
        info.ModificationDate = date;
        // PDF 1.7 §12.2: the viewer shows the title, not the file name, in its window (PDF/UA asks for it).
        document.ViewerPreferences.DisplayDocTitle = true;
    }

    public static string Sanitize(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            result.Append(c switch
            {
                '&' => "＆",
                '<' => "‹",
                '>' => "›",
                _ when char.IsControl(c) => "",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
