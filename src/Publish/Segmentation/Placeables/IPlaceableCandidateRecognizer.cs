namespace Publish.Segmentation.Placeables;

/// <summary>One recogniser per placeable kind (or family of kinds); each adds its candidates, overlaps allowed.</summary>
internal interface IPlaceableCandidateRecognizer
{
    [ThreadStatic]
    private static List<RecognizedPlaceable>? candidateBuffer;

    void AddCandidates(string text, List<RecognizedPlaceable> candidates);

    /// <summary>
    /// The spans of the candidates <see cref="AddCandidates"/> finds, in the same order. A recogniser that runs a
    /// million times an import overrides this to skip values and texts; the others are served by this default.
    /// </summary>
    void AddSpans(string text, List<PlaceableSpan> spans)
    {
        var candidates = candidateBuffer ??= [];
        candidates.Clear();
        AddCandidates(text, candidates);
        foreach (var candidate in candidates)
        {
            spans.Add(PlaceableSpan.Of(candidate.Placeable));
        }
    }
}
