using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>Where a placeable is and what kind it is, without its text or value: what the TM tokenizer needs.</summary>
internal readonly record struct PlaceableSpan(int Start, int Length, PlaceableKind Kind)
{
    public int End => Start + Length;

    public static PlaceableSpan Of(Placeable placeable) => new(placeable.Start, placeable.Length, placeable.Kind);
}
