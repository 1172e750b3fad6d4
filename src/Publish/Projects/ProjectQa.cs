using Publish.Documents;
using Publish.Glossary.Recognition;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>
/// <c>publish qa</c>: checks every segment's English. Errors: a glossary term not rendered as the glossary
/// says, a forbidden rendering, a number, date or reference missing or changed (the glossary's
/// <see cref="TermQa"/>), an empty or missing target. Warnings: a draft not yet confirmed, a target that
/// repeats the Dutch, the same Dutch translated differently elsewhere, double spaces, and end punctuation
/// that differs from the source's.
/// </summary>
public sealed class ProjectQa
{
    private readonly IProjectStore store;
    private readonly TermQa? termQa;

    public ProjectQa(IProjectStore store, Glossary.Glossary? glossary)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        termQa = glossary is null ? null : new TermQa(new TermRecognizer(glossary.Entries));
    }

    public IReadOnlyList<QaIssue> Check(IReadOnlyList<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var issues = new List<QaIssue>();
        var firstRendering = new Dictionary<long, (string SegmentId, string Target)>();
        foreach (var id in documentIds)
        {
            var document = store.LoadTranslated(id);
            var file = document.Source.Source.Path;
            foreach (var segment in document.Source.Segments)
            {
                var translation = document.For(segment);
                void Add(QaSeverity severity, string code, string message) => issues.Add(new QaIssue(file, id, segment.Id, severity, code, message));
                if (translation.Target is null)
                {
                    Add(QaSeverity.Error, "untranslated", "not translated");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(translation.Target))
                {
                    Add(QaSeverity.Error, "empty", "the translation is empty");
                    continue;
                }

                var target = translation.Target;
                if (translation.Status is TranslationStatus.Draft or TranslationStatus.NeedsReview)
                {
                    Add(QaSeverity.Warning, "unconfirmed", $"{(translation.Status == TranslationStatus.Draft ? "draft" : "needs review")}, not confirmed: \"{target}\"");
                }

                foreach (var issue in termQa?.Check(segment.Text, target, segment.Terms, segment.Placeables) ?? [])
                {
                    Add(issue.Kind == TermIssueKind.TermVariant ? QaSeverity.Warning : QaSeverity.Error, Code(issue.Kind), issue.Message);
                }

                CheckForm(segment.Text, target, Add);
                var hash = SegmentNormalizer.Hash(segment.Text);
                if (!firstRendering.TryAdd(hash, (segment.Id, target)) && firstRendering[hash] is var first
                    && !string.Equals(SegmentNormalizer.Normalize(first.Target), SegmentNormalizer.Normalize(target), StringComparison.Ordinal))
                {
                    Add(QaSeverity.Warning, "inconsistent", $"the same Dutch is translated differently in {first.SegmentId}: \"{first.Target}\"");
                }
            }
        }

        return issues;
    }

    private static void CheckForm(string source, string target, Action<QaSeverity, string, string> add)
    {
        if (target.Contains("  ", StringComparison.Ordinal))
        {
            add(QaSeverity.Warning, "double-space", "double space in the translation");
        }

        if (target.Length != target.Trim().Length)
        {
            add(QaSeverity.Warning, "outer-space", "the translation begins or ends with a space");
        }

        var sourceEnd = EndPunctuation(source);
        var targetEnd = EndPunctuation(target);
        if (sourceEnd != targetEnd)
        {
            add(QaSeverity.Warning, "punctuation", $"the source ends with {Describe(sourceEnd)}, the translation with {Describe(targetEnd)}");
        }

        if (SegmentIndex.Words(source) >= 3 && string.Equals(SegmentNormalizer.Normalize(source), SegmentNormalizer.Normalize(target), StringComparison.Ordinal))
        {
            add(QaSeverity.Warning, "same-as-source", "the translation is the Dutch text");
        }
    }

    private static char? EndPunctuation(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')');
        return trimmed.Length > 0 && ".?!:;…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed[^1] : null;
    }

    private static string Describe(char? punctuation) => punctuation is { } c ? $"'{c}'" : "no punctuation";

    private static string Code(TermIssueKind kind) => kind switch
    {
        TermIssueKind.MissingTerm => "term",
        TermIssueKind.ForbiddenTerm => "forbidden-term",
        TermIssueKind.MissingPlaceable => "placeable",
        TermIssueKind.TermVariant => "term-variant",
        _ => "number",
    };
}
