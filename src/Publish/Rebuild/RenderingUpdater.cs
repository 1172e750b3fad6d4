using System.Text;
using Publish.Glossary.Recognition;

namespace Publish.Rebuild;

/// <summary>
/// Decides whether the English of a segment can follow a glossary change by itself. Safe: the target holds the
/// old rendering exactly (or capitalised at the start), once per occurrence of the term in the source, and the
/// word before it does not depend on it. Everything else (the old rendering inflected, partial, missing or
/// ambiguous; a new term the target does not render; an "a"/"an" that would have to change) is a flag.
/// </summary>
internal static class RenderingUpdater
{
    public static SegmentDecision Decide(string target, IReadOnlyList<TermChange> changes)
    {
        ArgumentNullException.ThrowIfNull(target);
        var reasons = new List<string>();
        var edits = new List<TargetEdit>();
        foreach (var group in changes.Where(c => c.Kind == TermChangeKind.Rendering).GroupBy(c => (c.Entry, Old: c.OldTarget!, New: c.NewTarget!)))
        {
            var (entry, old, @new) = group.Key;
            var terms = group.Count();
            var source = group.First().Source;
            var present = TargetPhrase.Occurrences(target, @new);
            var stale = TargetPhrase.Occurrences(target, old).Where(o => !present.Any(p => p.Start <= o.Start && o.End <= p.End)).ToList();
            if (stale.Count == 0 && present.Count >= terms)
            {
                continue;
            }

            if (stale.Count != terms)
            {
                reasons.Add(stale.Count == 0
                    ? Missing(target, source, entry, old, @new)
                    : $"\"{source}\" ({entry}) occurs {terms} time(s) in the source but \"{old}\" {stale.Count} time(s) in the target; which is the term is ambiguous");
                continue;
            }

            foreach (var occurrence in stale)
            {
                if (TargetPhrase.ArticleBefore(target, occurrence.Start) is { } article
                    && ((!article.Equals("the", StringComparison.OrdinalIgnoreCase) && TargetPhrase.StartsWithVowel(old) != TargetPhrase.StartsWithVowel(@new)) || TargetPhrase.StartsWithArticle(old) != TargetPhrase.StartsWithArticle(@new)))
                {
                    reasons.Add($"\"{article} {old}\" → \"{@new}\" ({entry}) would change the article too: more than the term");
                    continue;
                }

                edits.Add(new TargetEdit(occurrence.Start, occurrence.Length, occurrence.Capitalised ? TargetPhrase.Capitalise(@new) : @new));
            }
        }

        foreach (var added in changes.Where(c => c.Kind == TermChangeKind.Added))
        {
            if (!EnglishPhrase.AcceptedRenderings(added.NewTarget!).Any(r => EnglishPhrase.Pattern(r, caseSensitive: false, allowPlural: true).IsMatch(target)))
            {
                reasons.Add($"\"{added.Source}\" is now the glossary term {added.Entry} (\"{added.NewTarget}\"), which the target does not render");
            }
        }

        var ordered = edits.OrderBy(e => e.Start).ToList();
        if (ordered.Zip(ordered.Skip(1)).Any(pair => pair.First.End > pair.Second.Start))
        {
            reasons.Add("the renderings of two changed terms overlap in the target");
        }

        var entries = changes.Where(c => c.Kind != TermChangeKind.Removed).Select(c => c.Entry).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (reasons.Count > 0)
        {
            return new SegmentDecision(null, reasons, entries);
        }

        return ordered.Count == 0 ? SegmentDecision.None : new SegmentDecision(Apply(target, ordered), [], entries);
    }

    private static string Missing(string target, string source, string entry, string old, string @new)
    {
        var inflected = EnglishPhrase.Pattern(old, caseSensitive: false, allowPlural: true).Match(target);
        if (inflected.Success)
        {
            return $"\"{source}\" ({entry}): the target has \"{inflected.Value}\", not exactly \"{old}\"; inflected or capitalised, so \"{@new}\" needs a translator";
        }

        var part = EnglishPhrase.AcceptedRenderings(old).Skip(1).FirstOrDefault(p => TargetPhrase.Occurrences(target, p).Count > 0);
        return part is not null
            ? $"\"{source}\" ({entry}): the target has only \"{part}\" of \"{old}\"; whether \"{@new}\" fits there needs a translator"
            : $"\"{source}\" ({entry}): the old rendering \"{old}\" is not in the target; \"{@new}\" cannot be put in its place";
    }

    private static string Apply(string target, List<TargetEdit> edits)
    {
        var text = new StringBuilder(target);
        foreach (var edit in edits.OrderByDescending(e => e.Start))
        {
            text.Remove(edit.Start, edit.Length).Insert(edit.Start, edit.Replacement);
        }

        return text.ToString();
    }
}
