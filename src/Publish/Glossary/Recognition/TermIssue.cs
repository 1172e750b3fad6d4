using Publish.Documents;

namespace Publish.Glossary.Recognition;

/// <summary>What <see cref="TermQa"/> found wrong with a translation.</summary>
internal enum TermIssueKind
{
    /// <summary>A glossary term of the source whose preferred English is not in the target.</summary>
    MissingTerm,

    /// <summary>A rendering the glossary forbids for a term of the source is used in the target.</summary>
    ForbiddenTerm,

    /// <summary>A placeable of the source (number, date, amount, Kamerstuk reference…) is not in the target.</summary>
    MissingPlaceable,

    /// <summary>A number in the target that the source does not have: changed, mistyped or invented.</summary>
    AlteredNumber,

    /// <summary>
    /// The preferred English is there without its article ("join an alliance" for "the Alliance"): often right
    /// (a generic use), so a translator confirms it rather than fixes it.
    /// </summary>
    TermVariant,
}

/// <summary>A UTF-16 range of a source or target text.</summary>
internal readonly record struct TextRange(int Start, int Length);

/// <summary>One term-QA finding, with the glossary entry or placeable concerned and where it is, where known.</summary>
internal sealed record TermIssue(
    TermIssueKind Kind,
    string Message,
    string? Entry = null,
    Placeable? Placeable = null,
    TextRange? SourceRange = null,
    TextRange? TargetRange = null);
