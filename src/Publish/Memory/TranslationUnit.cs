namespace Publish.Memory;

/// <summary>
/// One stored translation: a Dutch source sentence, its English target and where it came from. The
/// normalised source, its hash and the context hashes are derived (see <see cref="SegmentNormalizer"/>);
/// <see cref="PreviousSourceHash"/> and <see cref="NextSourceHash"/> are the hashes of the neighbouring
/// source segments in the document the unit was confirmed in, 0 where there was none.
/// </summary>
public sealed record TranslationUnit(string Source, string Target)
{
    public string SourceLanguage { get; init; } = "nl-NL";

    public string TargetLanguage { get; init; } = "en-GB";

    public long PreviousSourceHash { get; init; }

    public long NextSourceHash { get; init; }

    public string? DocumentId { get; init; }

    public string? Creator { get; init; }

    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;

    public DateTimeOffset Changed { get; init; } = DateTimeOffset.UnixEpoch;

    public string? GlossaryVersion { get; init; }

    /// <summary>Row id in the store; 0 for a unit not read from a store.</summary>
    public long Id { get; init; }

    /// <summary>The same unit with context hashes computed from the neighbouring source texts.</summary>
    public TranslationUnit WithContext(string? previousSource, string? nextSource) => this with
    {
        PreviousSourceHash = previousSource is null ? 0 : SegmentNormalizer.Hash(previousSource),
        NextSourceHash = nextSource is null ? 0 : SegmentNormalizer.Hash(nextSource),
    };
}

/// <summary>An earlier target of a unit, kept when an update replaced it.</summary>
public sealed record TargetRevision(string Target, string? Creator, DateTimeOffset Changed);
