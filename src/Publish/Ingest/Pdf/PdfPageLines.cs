namespace Publish.Ingest.Pdf;

/// <summary>The lines of one page in reading order, with the page's size (its crop box, in points).</summary>
internal sealed record PdfPageLines(int Number, double Width, double Height, List<PdfLine> Lines)
{
    public bool IsLandscape => Width > Height;
}
