using Publish.Documents;

namespace Publish.Projects;

/// <summary>
/// The values of <see cref="SegmentTranslation.Origin"/> and which of them automatic steps may replace.
/// </summary>
public static class TranslationOrigins
{
    /// <summary>An exact or in-context memory match (score 100 or 101).</summary>
    public const string Memory = "tm";

    public const string Repaired = "repaired";

    public const string Fuzzy = "fuzzy";

    /// <summary>The segment is one glossary term; its English is the draft.</summary>
    public const string Glossary = "glossary";

    /// <summary>The segment is one placeable (a date, a number, a reference); its English rendering is the draft.</summary>
    public const string Placeable = "placeable";

    public const string Translator = "translator";

    /// <summary>Read from an XLIFF file, i.e. the work of a translator in another tool.</summary>
    public const string Import = "import";

    /// <summary>
    /// True when pretranslation may replace <paramref name="translation"/>: nothing there yet, or a target an
    /// earlier pretranslation filled in. A reviewed target, and anything a person wrote (here or in another
    /// tool), is never replaced.
    /// </summary>
    public static bool IsReplaceableByMachine(SegmentTranslation? translation) => translation is null
        || translation.Status == TranslationStatus.New
        || (translation.Status is TranslationStatus.Draft or TranslationStatus.Translated
            && translation.Origin is Memory or Repaired or Fuzzy or Glossary or Placeable);

    /// <summary>True while a segment still needs a translator: new, a draft, or flagged for review.</summary>
    public static bool IsUnfinished(SegmentTranslation? translation) =>
        translation is null || translation.Status is TranslationStatus.New or TranslationStatus.Draft or TranslationStatus.NeedsReview
        || !translation.HasTarget;
}
