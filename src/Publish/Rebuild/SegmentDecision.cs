namespace Publish.Rebuild;

/// <summary>
/// What the rebuild does to one translated segment: nothing, a safe update (<see cref="NewTarget"/>, the status
/// kept) or a flag for review (<see cref="Reasons"/>, no text changed). Never both: one unsafe change stops
/// every edit of the segment, so a reviewer sees the target exactly as it was.
/// </summary>
internal sealed record SegmentDecision(string? NewTarget, IReadOnlyList<string> Reasons, IReadOnlyList<string> Entries)
{
    public static readonly SegmentDecision None = new(null, [], []);

    public bool IsFlag => Reasons.Count > 0;

    public bool IsUpdate => !IsFlag && NewTarget is not null;
}

/// <summary>A place in the target where an old rendering stands, and what replaces it.</summary>
internal sealed record TargetEdit(int Start, int Length, string Replacement)
{
    public int End => Start + Length;
}
