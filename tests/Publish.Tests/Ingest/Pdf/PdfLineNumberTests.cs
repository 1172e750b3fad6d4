using System.Globalization;
using Publish.Documents;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>
/// A PDF has no line numbers of its own: a PDF block's <c>line</c> is the number of its first line counted over the
/// whole document in the order <c>publish inspect</c> lists the lines, not a page number.
/// </summary>
public sealed class PdfLineNumberTests
{
    public static TheoryData<string> Names => new(PdfSamples.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_block_line_is_the_inspect_line_its_text_starts_on(string name)
    {
        var lines = PdfSamples.Layout(name).Pages.SelectMany(p => p.Lines).ToList();
        var document = PdfSamples.Document(name);

        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
        Assert.All(document.Blocks, block =>
        {
            var line = lines[block.Line!.Value - 1];
            // A list item's label ("1.") is kept apart from its text; a footnote's raised number is not in the line's text.
            var first = Letters(line.Text)[..Math.Min(Letters(line.Text).Length, 12)];
            Assert.True(Letters(block.Text).StartsWith(first, StringComparison.Ordinal) || Letters(block.Label + block.Text).StartsWith(first, StringComparison.Ordinal),
                string.Create(CultureInfo.InvariantCulture, $"{block.Id} line {block.Line}: '{line.Text}' does not start '{block.Text}'"));
        });
    }

    [Fact]
    public void Body_block_lines_rise_in_reading_order_and_count_lines_not_pages()
    {
        var document = PdfSamples.Document("ah-tk-20232024-2367");

        Assert.True(document.Blocks.Max(b => b.Line) > PdfSamples.Layout("ah-tk-20232024-2367").Pages.Count);
        Assert.Equal(document.Blocks.Where(b => b.Kind != BlockKind.Footnote).Select(b => b.Line), document.Blocks.Where(b => b.Kind != BlockKind.Footnote).Select(b => b.Line).Order());
    }

    private static string Letters(string text) => string.Concat(text.Where(char.IsLetterOrDigit));
}
