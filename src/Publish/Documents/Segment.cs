namespace Publish.Documents;

/// <summary>One sentence (or sentence-like unit such as a heading) of a block.</summary>
public sealed class Segment
{
    public Segment(int start, string text)
    {
        Start = start;
        Text = text;
    }

    public string Id { get; set; } = "";

    /// <summary>UTF-16 offset of this segment in its block's text.</summary>
    public int Start { get; }

    public string Text { get; }

    /// <summary>Numbers of the footnotes whose markers stood in this segment.</summary>
    public List<string> Footnotes { get; } = [];

    public List<TermSpan> Terms { get; } = [];

    public List<Placeable> Placeables { get; } = [];
}

/// <summary>A glossary term found in a segment; offsets are UTF-16 into the segment text.</summary>
public sealed record TermSpan(int Start, int Length, string Source, string Target, string? Entry = null);

/// <summary>A recognised placeable (date, number, amount, Kamerstuk reference…) in a segment.</summary>
public sealed record Placeable(int Start, int Length, PlaceableKind Kind, string Text)
{
    /// <summary>English rendering, e.g. "4 March 2022"; null where none is known yet.</summary>
    public string? Target { get; init; }

    public int End => Start + Length;
}
