namespace Publish.Ingest.Text;

/// <summary>A footnote body found at a page foot: its number and its lines, the number itself taken off.</summary>
internal sealed class FootnoteBody(int number, int firstLine)
{
    public int Number { get; } = number;

    /// <summary>1-based source line where the footnote starts (its number).</summary>
    public int FirstLine { get; } = firstLine;

    public List<TextLine> Lines { get; } = [];
}
