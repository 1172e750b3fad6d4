using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// A parsed placeable value that knows its English rendering. Each kind renders itself so that the
/// English style of, say, a Kamerstuk reference lives next to the fields it is made of.
/// </summary>
internal abstract record PlaceableValue
{
    public abstract string ToEnglish();
}

/// <summary>A placeable together with its parsed value; URLs and e-mail addresses carry no value.</summary>
internal sealed record RecognizedPlaceable(Placeable Placeable, PlaceableValue? Value)
{
    public static RecognizedPlaceable Create(string text, int start, int length, PlaceableKind kind, PlaceableValue? value)
    {
        var source = text.Substring(start, length);
        var placeable = new Placeable(start, length, kind, source) { Target = value?.ToEnglish() ?? source };
        return new RecognizedPlaceable(placeable, value);
    }
}

/// <summary>One recogniser per placeable kind (or family of kinds); each adds its candidates, overlaps allowed.</summary>
internal interface IPlaceableCandidateRecognizer
{
    void AddCandidates(string text, List<RecognizedPlaceable> candidates);
}
