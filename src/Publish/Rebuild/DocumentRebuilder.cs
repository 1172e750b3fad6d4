using Publish.Documents;
using Publish.Glossary.Recognition;

namespace Publish.Rebuild;

/// <summary>A translation memory change that follows a safe update of a confirmed segment.</summary>
internal sealed record MemoryUpdate(string DocumentId, string Source, string? Previous, string? Next, string OldTarget, string NewTarget);

/// <summary>The result of rebuilding one document, before anything is written.</summary>
internal sealed record DocumentRebuild(PublishDocument Source, IReadOnlyList<SegmentTranslation> Translations, IReadOnlyList<MemoryUpdate> Memory, DocumentRebuildReport Report);

/// <summary>
/// Rebuilds one document in memory: annotates every segment with the old and the new glossary, and for each
/// translated segment whose terms changed decides between a safe update and a flag (<see cref="RenderingUpdater"/>).
/// Pure computation on its inputs, so documents can be rebuilt in parallel.
/// </summary>
internal sealed class DocumentRebuilder(TermRecognizer oldTerms, TermRecognizer newTerms, string newVersion, string agent)
{
    public DocumentRebuild Rebuild(string documentId, string? oldVersion, PublishDocument source, IReadOnlyDictionary<string, SegmentTranslation> translations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(translations);
        var segments = source.Segments.ToList();
        var changed = new List<SegmentTranslation>();
        var memory = new List<MemoryUpdate>();
        var updated = new List<SegmentUpdate>();
        var flagged = new List<SegmentFlag>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var before = oldTerms.Recognize(segment.Text);
            var after = newTerms.Recognize(segment.Text);
            segment.Terms.Clear();
            segment.Terms.AddRange(after);
            var changes = TermChange.Between(before, after);
            if (changes.Count == 0 || translations.GetValueOrDefault(segment.Id) is not { HasTarget: true } translation)
            {
                continue;
            }

            var decision = RenderingUpdater.Decide(translation.Target!, changes);
            if (decision.IsFlag)
            {
                flagged.Add(new SegmentFlag(segment.Id, decision.Entries, decision.Reasons, translation.Status, translation.Target!));
                if (translation.Status != TranslationStatus.NeedsReview)
                {
                    changed.Add(translation with { Status = TranslationStatus.NeedsReview, ChangedBy = agent, Changed = now });
                }
            }
            else if (decision.IsUpdate)
            {
                updated.Add(new SegmentUpdate(segment.Id, decision.Entries, translation.Target!, decision.NewTarget!, translation.Status));
                changed.Add(translation with { Target = decision.NewTarget, ChangedBy = agent, Changed = now });
                if (translation.Status is TranslationStatus.Translated or TranslationStatus.Reviewed)
                {
                    // Only confirmed English belongs in the memory; drafts were machine proposals.
                    memory.Add(new MemoryUpdate(documentId, segment.Text, i > 0 ? segments[i - 1].Text : null, i + 1 < segments.Count ? segments[i + 1].Text : null, translation.Target!, decision.NewTarget!));
                }
            }
        }

        source.Glossary = new GlossaryStamp(newVersion);
        return new DocumentRebuild(source, changed, memory, new DocumentRebuildReport(documentId, oldVersion, newVersion, updated, flagged));
    }
}
