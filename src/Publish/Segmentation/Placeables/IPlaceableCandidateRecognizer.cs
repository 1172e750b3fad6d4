namespace Publish.Segmentation.Placeables;

/// <summary>One recogniser per placeable kind (or family of kinds); each adds its candidates, overlaps allowed.</summary>
internal interface IPlaceableCandidateRecognizer
{
    void AddCandidates(string text, List<RecognizedPlaceable> candidates);
}
