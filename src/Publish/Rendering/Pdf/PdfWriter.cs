using PdfSharp.Pdf;
using Publish.Rendering.Content;
using Publish.Rendering.Pdf.Layout;
using Publish.Rendering.Pdf.Tagging;

namespace Publish.Rendering.Pdf;

/// <summary>
/// Tagged PDF in two passes: layout measures and paginates everything (so the page count is known), then
/// painting replays the operations in reading order onto PDFsharp pages.
/// </summary>
internal static class PdfWriter
{
    public static void Write(RenderContent content, Stream output)
    {
        var ops = Layout(content, out int pageCount);
        using var document = new PdfDocument();
        using (var canvas = new TaggedCanvas(document, content.Language))
        {
            new OpPainter(canvas, content, pageCount).Paint(ops);
        }

        DocumentInformation.Apply(document, content);
        document.Save(output, closeStream: false);
    }

    public static List<DrawOp> Layout(RenderContent content, out int pageCount)
    {
        var page = content.Page;
        var notes = content.Footnotes.Values.ToDictionary(n => n.Number, n => NoteLayout.Create(n, page.BodyWidth), StringComparer.Ordinal);
        var pages = new Paginator(page, notes);
        pages.NewPage();
        new FlowLayout(pages, page.Left, page.BodyWidth).Place(content.Blocks);
        pages.Close();
        pageCount = pages.PageCount;
        return pages.Ops;
    }
}
