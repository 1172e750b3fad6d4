using Publish.Documents;

namespace Publish.Interchange.Xliff;

/// <summary>
/// Publish's workflow statuses in the XLIFF state models, both ways. XLIFF 2.1 §4.3.1 (attributes
/// <c>state</c> and <c>subState</c>): four states, initial → translated → reviewed → final; finer
/// distinctions go in <c>subState</c> as "authority:value", here "publish:…". XLIFF 1.2 (attribute
/// <c>state</c> on <c>&lt;target&gt;</c>, its value list in §"Attribute Values"): the closest fixed value.
/// </summary>
internal static class XliffStates
{
    public const string SubStatePrefix = "publish:";

    public static (string State, string? SubState) ToXliff2(TranslationStatus status) => status switch
    {
        TranslationStatus.Draft => ("initial", SubStatePrefix + "draft"),
        TranslationStatus.NeedsReview => ("initial", SubStatePrefix + "needs-review"),
        TranslationStatus.Translated => ("translated", null),
        TranslationStatus.Reviewed => ("reviewed", null),
        _ => ("initial", null),
    };

    /// <summary>A 2.x segment's status; "final" (signed off in the other tool) counts as reviewed.</summary>
    public static TranslationStatus FromXliff2(string? state, string? subState, bool hasTarget) => (state, subState) switch
    {
        (_, SubStatePrefix + "draft") => TranslationStatus.Draft,
        (_, SubStatePrefix + "needs-review") => TranslationStatus.NeedsReview,
        ("translated", _) => TranslationStatus.Translated,
        ("reviewed" or "final", _) => TranslationStatus.Reviewed,
        _ => hasTarget ? TranslationStatus.Draft : TranslationStatus.New,
    };

    /// <summary>1.2 target state and, for drafts, the state-qualifier telling where the text came from.</summary>
    public static (string State, string? Qualifier) ToXliff12(SegmentTranslation translation) => translation.Status switch
    {
        TranslationStatus.Draft => ("needs-review-translation", translation.Origin switch
        {
            "fuzzy" or "repaired" => "fuzzy-match",
            "glossary" => "leveraged-glossary",
            _ => null,
        }),
        TranslationStatus.NeedsReview => ("needs-translation", null),
        TranslationStatus.Translated => ("translated", null),
        TranslationStatus.Reviewed => ("signed-off", null),
        _ => ("new", null),
    };

    /// <summary>
    /// A 1.2 target's status; the state decides. A target without a state is translated (tools that do not
    /// track states write none). "needs-translation" is how Translate Toolkit writes back a fuzzy PO entry.
    /// </summary>
    public static TranslationStatus FromXliff12(string? state, bool approved, bool hasTarget) => state switch
    {
        _ when !hasTarget => TranslationStatus.New,
        "signed-off" or "final" => TranslationStatus.Reviewed,
        "translated" or null => TranslationStatus.Translated,
        "needs-translation" => TranslationStatus.NeedsReview,
        _ when approved => TranslationStatus.Translated,
        _ => TranslationStatus.Draft,
    };
}
