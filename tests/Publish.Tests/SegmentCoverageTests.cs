namespace Publish.Tests;

/// <summary>Segments cover their block exactly: nothing lost, nothing added, in order.</summary>
public class SegmentCoverageTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_block_is_its_segments_joined_by_the_whitespace_between_them(string sample)
    {
        foreach (var block in Samples.Document(sample).Blocks)
        {
            int at = 0;
            Assert.NotEmpty(block.Segments);
            foreach (var segment in block.Segments)
            {
                Assert.True(string.IsNullOrWhiteSpace(block.Text[at..segment.Start]), $"{block.Id}: text lost before {segment.Id}");
                Assert.Equal(segment.Text, block.Text.Substring(segment.Start, segment.Text.Length));
                at = segment.Start + segment.Text.Length;
            }

            Assert.True(string.IsNullOrWhiteSpace(block.Text[at..]), $"{block.Id}: text lost at the end");
        }
    }

    [Fact]
    public void Segment_ids_are_unique_and_name_their_block()
    {
        var doc = Samples.Document("003");

        Assert.Equal(doc.Segments.Count(), doc.Segments.Select(s => s.Id).Distinct().Count());
        Assert.All(doc.Blocks, b => Assert.All(b.Segments, s => Assert.StartsWith(b.Id + ".s", s.Id, StringComparison.Ordinal)));
    }
}
