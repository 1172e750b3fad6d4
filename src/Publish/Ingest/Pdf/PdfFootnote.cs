namespace Publish.Ingest.Pdf;

/// <summary>A footnote body: its number, the page where it starts, and its lines (continued on the next page if need be).</summary>
internal sealed class PdfFootnote(int number, int page)
{
    public int Number { get; } = number;

    public int Page { get; } = page;

    public List<PdfLine> Lines { get; } = [];
}
