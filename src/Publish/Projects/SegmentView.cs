using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>
/// What the editor shows for the current segment: its place in the document, its block (the context), its
/// translation, the text being edited (<see cref="Pending"/>, not yet saved), terms and placeables with
/// their English, and the memory's matches with score, band and word diff.
/// </summary>
public sealed record SegmentView(
    int Position,
    int Count,
    Segment Segment,
    Block Block,
    SegmentTranslation Translation,
    string? Pending,
    IReadOnlyList<MemoryMatch> Matches)
{
    /// <summary>The segment's glossary terms, each source form and English once, as <c>t N</c> numbers them.</summary>
    public IReadOnlyList<TermSpan> Terms { get; } = DistinctTerms(Segment);

    /// <summary>The text a confirmation would save: the pending edit, else the stored target.</summary>
    public string? Proposed => Pending ?? Translation.Target;

    internal static List<TermSpan> DistinctTerms(Segment segment) =>
        segment.Terms.DistinctBy(t => (t.Source.ToLowerInvariant(), t.Target)).ToList();
}

/// <summary>A segment found by a search.</summary>
public sealed record SearchHit(int Position, string SegmentId, string Source, string? Target);

/// <summary>The editor's answer to one command: a message, and search hits when there were any.</summary>
public sealed record SessionReply(string Message, bool IsError = false, IReadOnlyList<SearchHit>? Hits = null);

/// <summary>Who is translating and how matches are offered.</summary>
public sealed record SessionOptions(string Translator, int MinimumScore = 50, int MatchLimit = 5, string SourceLanguage = "nl-NL", string TargetLanguage = "en-GB");
