using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>
/// A document's segments in reading order with the hashes the translation memory uses: the normalised
/// source and its neighbours in the document (<see cref="SegmentNormalizer"/>), so that a confirmation
/// written to the memory and a later lookup agree on the context.
/// </summary>
internal static partial class SegmentIndex
{
    public static IReadOnlyList<StoredSegment> Build(PublishDocument document)
    {
        var segments = document.Segments.ToList();
        var hashes = segments.Select(s => SegmentNormalizer.Hash(s.Text)).ToList();
        return segments.Select((segment, i) => new StoredSegment(
            segment.Id,
            i,
            segment.Text,
            hashes[i],
            i > 0 ? hashes[i - 1] : 0,
            i + 1 < hashes.Count ? hashes[i + 1] : 0,
            Words(segment.Text))).ToList();
    }

    /// <summary>Words as translators count them for quotes: runs of letters or digits ("EU-lidstaten", "28 676" is two).</summary>
    public static int Words(string text) => Word().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
