using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// A placeable together with its parsed value; URLs and e-mail addresses carry no value. A candidate's
/// <see cref="Placeable.Target"/> is its source text until <see cref="Rendered"/>: only the candidates that win
/// the overlap resolution are rendered in English (the TM tokenizer, a million sentences an import, needs none).
/// </summary>
internal sealed record RecognizedPlaceable(Placeable Placeable, PlaceableValue? Value)
{
    public static RecognizedPlaceable Create(string text, int start, int length, PlaceableKind kind, PlaceableValue? value)
    {
        var source = text.Substring(start, length);
        return new RecognizedPlaceable(new Placeable(start, length, kind, source) { Target = source }, value);
    }

    /// <summary>The placeable with its English rendering as <see cref="Placeable.Target"/>.</summary>
    public RecognizedPlaceable Rendered() =>
        Value is null ? this : this with { Placeable = Placeable with { Target = Value.ToEnglish() } };
}
