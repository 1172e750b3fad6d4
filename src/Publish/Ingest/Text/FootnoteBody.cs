namespace Publish.Ingest.Text;

/// <summary>A footnote body found at a page foot: its number and the lines it spans (the first starts with the number).</summary>
internal sealed class FootnoteBody(int number, TextLine first)
{
    public int Number { get; } = number;

    public List<TextLine> Lines { get; } = [first];
}
