namespace Publish.Documents;

/// <summary>Where a segment's translation stands in the translator's workflow (issue 6).</summary>
public enum TranslationStatus
{
    /// <summary>No target yet.</summary>
    New,

    /// <summary>A target proposed by a fuzzy or repaired match, waiting for a translator.</summary>
    Draft,

    /// <summary>Confirmed by a translator or filled from an exact/in-context memory match.</summary>
    Translated,

    /// <summary>Checked by a reviewer; automatic steps never overwrite it.</summary>
    Reviewed,

    /// <summary>Something changed under it (glossary, source); a translator must look again.</summary>
    NeedsReview,
}

/// <summary>The English of one segment, as the project store keeps it.</summary>
/// <param name="SegmentId">The segment's id in the source document, e.g. "b12.s2".</param>
/// <param name="Target">The English text; null while the segment is untranslated.</param>
/// <param name="Status">Workflow status.</param>
/// <param name="MatchScore">Score of the memory match the target came from, when it came from one.</param>
/// <param name="Origin">How the target was made: "tm", "repaired", "fuzzy", "translator", "import"…</param>
/// <param name="ChangedBy">Who set the target last.</param>
/// <param name="Changed">When the target was set last.</param>
public sealed record SegmentTranslation(
    string SegmentId,
    string? Target,
    TranslationStatus Status,
    int? MatchScore = null,
    string? Origin = null,
    string? ChangedBy = null,
    DateTimeOffset? Changed = null)
{
    /// <summary>True when the segment has English a reader may see (draft targets count as unconfirmed).</summary>
    public bool HasTarget => !string.IsNullOrWhiteSpace(Target);
}

/// <summary>
/// A source document with the English of its segments: what the project store hands to renderers and
/// exporters. Segments without an entry are untranslated.
/// </summary>
public sealed class TranslatedDocument
{
    public TranslatedDocument(
        string documentId,
        PublishDocument source,
        IReadOnlyDictionary<string, SegmentTranslation> translations,
        string targetLanguage = "en-GB")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translations);
        DocumentId = documentId;
        Source = source;
        Translations = translations;
        TargetLanguage = targetLanguage;
    }

    /// <summary>The project's name for the document (e.g. its file name without extension).</summary>
    public string DocumentId { get; }

    public PublishDocument Source { get; }

    /// <summary>Translations keyed by segment id.</summary>
    public IReadOnlyDictionary<string, SegmentTranslation> Translations { get; }

    /// <summary>BCP 47 tag of the English, e.g. "en-GB".</summary>
    public string TargetLanguage { get; }

    /// <summary>The translation of <paramref name="segment"/>, or a <see cref="TranslationStatus.New"/> one.</summary>
    public SegmentTranslation For(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return Translations.TryGetValue(segment.Id, out var translation)
            ? translation
            : new SegmentTranslation(segment.Id, null, TranslationStatus.New);
    }

    /// <summary>True when every segment of the block has a target.</summary>
    public bool IsTranslated(Block block) => block.Segments.All(s => For(s).HasTarget);
}
