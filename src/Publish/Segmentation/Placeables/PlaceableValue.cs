namespace Publish.Segmentation.Placeables;

/// <summary>
/// A parsed placeable value that knows its English rendering. Each kind renders itself so that the
/// English style of, say, a Kamerstuk reference lives next to the fields it is made of.
/// </summary>
internal abstract record PlaceableValue
{
    public abstract string ToEnglish();
}
