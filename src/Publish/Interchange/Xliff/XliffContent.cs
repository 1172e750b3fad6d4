using Publish.Documents;

namespace Publish.Interchange.Xliff;

/// <summary>What both XLIFF writers put in a unit: the source cut at footnote markers, and the translator's notes.</summary>
internal static class XliffContent
{
    /// <summary>
    /// The segment's text in runs, each followed by the footnote number whose marker stood there (null for the
    /// last run). The markers were removed from the text at ingest and kept as block offsets.
    /// </summary>
    public static IReadOnlyList<(string Text, string? Footnote)> SourceRuns(Block block, Segment segment)
    {
        var markers = block.FootnoteAnchors
            .Where(a => segment.Footnotes.Contains(a.Number) && a.Offset >= segment.Start && a.Offset <= segment.Start + segment.Text.Length)
            .Select(a => (Offset: a.Offset - segment.Start, a.Number))
            .OrderBy(a => a.Offset)
            .ToList();
        var runs = new List<(string, string?)>();
        var at = 0;
        foreach (var (offset, number) in markers)
        {
            runs.Add((segment.Text[at..offset], number));
            at = offset;
        }

        runs.Add((segment.Text[at..], null));
        return runs;
    }

    /// <summary>Notes for the translator: the glossary's English for each term, placeable renderings, where a target came from.</summary>
    public static IEnumerable<(string Category, string Text)> Notes(Segment segment, SegmentTranslation translation)
    {
        foreach (var term in segment.Terms.DistinctBy(t => (t.Source, t.Target)))
        {
            yield return ("term", $"{term.Source} → {term.Target}");
        }

        foreach (var placeable in segment.Placeables.Where(p => p.Target is { Length: > 0 } t && t != p.Text))
        {
            yield return ("placeable", $"{placeable.Text} → {placeable.Target}");
        }

        if (translation.MatchScore is { } score)
        {
            yield return ("match", $"{score}% {translation.Origin}");
        }
    }
}
