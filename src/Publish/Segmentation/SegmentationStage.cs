using System.Globalization;
using Publish.Documents;

namespace Publish.Segmentation;

/// <summary>
/// Splits every block into sentence segments, gives them stable ids ("b12.s3": block, then position) and
/// attaches each removed footnote marker to the segment in which it stood.
/// </summary>
internal sealed class SegmentationStage(ISentenceSplitter splitter)
{
    public void Apply(PublishDocument document)
    {
        foreach (var block in document.Blocks)
        {
            block.Segments.Clear();
            foreach (var range in RangesOf(block))
            {
                var segment = new Segment(range.Start, block.Text.Substring(range.Start, range.Length))
                {
                    Id = block.Id + ".s" + (block.Segments.Count + 1).ToString(CultureInfo.InvariantCulture),
                };
                block.Segments.Add(segment);
            }

            foreach (var anchor in block.FootnoteAnchors)
            {
                OwnerOf(block.Segments, anchor.Offset)?.Footnotes.Add(anchor.Number);
            }
        }
    }

    /// <summary>The segment containing the offset; a marker right after a sentence's final stop belongs to that sentence.</summary>
    private static Segment? OwnerOf(List<Segment> segments, int offset)
    {
        Segment? owner = null;
        foreach (var segment in segments)
        {
            if (segment.Start > offset)
            {
                break;
            }

            owner = segment;
        }

        return owner ?? segments.FirstOrDefault();
    }

    /// <summary>Sentences of the block; a table row is split cell by cell so no segment spans two cells.</summary>
    private IEnumerable<TextRange> RangesOf(Block block)
    {
        if (block.Cells is null)
        {
            return splitter.Split(block.Text);
        }

        var ranges = new List<TextRange>();
        int from = 0;
        foreach (var cell in block.Cells)
        {
            int at = cell.Length == 0 ? -1 : block.Text.IndexOf(cell, from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            ranges.AddRange(splitter.Split(cell).Select(r => new TextRange(r.Start + at, r.Length)));
            from = at + cell.Length;
        }

        return ranges;
    }
}
