using Publish.Documents;

namespace Publish.Segmentation.Placeables;

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
