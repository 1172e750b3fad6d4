using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>What pretranslation did to one document.</summary>
public sealed record PretranslationResult(string DocumentId, int Translated, int Drafts, int Unmatched, int Protected);

/// <summary>
/// <c>publish pretranslate</c>: fills targets from the memory. An exact or in-context match becomes
/// Translated (it was confirmed before, for this very sentence); a repaired or fuzzy match at or above the
/// threshold becomes a Draft with its score, placeables already carried over by the repair; a segment that
/// is a single glossary term or placeable gets its English as a Draft. Reviewed targets and anything a
/// person wrote are never replaced (<see cref="TranslationOrigins.IsReplaceableByMachine"/>).
/// </summary>
public sealed class Pretranslator(IProjectStore store, ITranslationMemory memory)
{
    public const string Agent = "publish pretranslate";

    private readonly TranslationMemoryLookup lookup = new(memory);

    public PretranslationResult Run(string documentId, int minimumScore = 75)
    {
        var document = store.LoadSource(documentId);
        var existing = store.Translations(documentId);
        var segments = document.Segments.ToList();
        var changes = new List<TranslationChange>();
        int translated = 0, drafts = 0, unmatched = 0, kept = 0;
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var current = existing.GetValueOrDefault(segment.Id);
            if (!TranslationOrigins.IsReplaceableByMachine(current))
            {
                kept++;
                continue;
            }

            var proposal = Propose(segment, i > 0 ? segments[i - 1].Text : null, i + 1 < segments.Count ? segments[i + 1].Text : null, minimumScore, now);
            if (proposal is null)
            {
                unmatched++;
                continue;
            }

            if (proposal.Status == TranslationStatus.Translated)
            {
                translated++;
            }
            else
            {
                drafts++;
            }

            if (current is null || current.Target != proposal.Target || current.Status != proposal.Status || current.MatchScore != proposal.MatchScore)
            {
                changes.Add(new TranslationChange(documentId, proposal));
            }
        }

        store.SaveTranslations(changes);
        return new PretranslationResult(documentId, translated, drafts, unmatched, kept);
    }

    private SegmentTranslation? Propose(Segment segment, string? previous, string? next, int minimumScore, DateTimeOffset now)
    {
        var matches = lookup.Lookup(segment.Text, previous, next, minimumScore, limit: 1);
        if (matches.Count > 0)
        {
            var best = matches[0];
            var (status, origin) = best.Kind switch
            {
                MatchKind.InContext or MatchKind.Exact => (TranslationStatus.Translated, TranslationOrigins.Memory),
                MatchKind.Repaired => (TranslationStatus.Draft, TranslationOrigins.Repaired),
                _ => (TranslationStatus.Draft, TranslationOrigins.Fuzzy),
            };
            return new SegmentTranslation(segment.Id, best.Target, status, best.Score, origin, Agent, now);
        }

        var core = segment.Text.TrimEnd('.', ':', ';', ' ');
        if (segment.Placeables.SingleOrDefault(p => p.Start == 0 && p.Length == core.Length) is { Target: { Length: > 0 } english })
        {
            return new SegmentTranslation(segment.Id, english + segment.Text[core.Length..], TranslationStatus.Draft, null, TranslationOrigins.Placeable, Agent, now);
        }

        if (segment.Terms.SingleOrDefault(t => t.Start == 0 && t.Length == core.Length) is { } term)
        {
            // A heading "Kernwapens" is "Nuclear weapons", though the glossary writes the term in running-text case.
            var rendering = char.IsUpper(segment.Text[0]) && term.Target.Length > 0 ? char.ToUpperInvariant(term.Target[0]) + term.Target[1..] : term.Target;
            return new SegmentTranslation(segment.Id, rendering + segment.Text[core.Length..], TranslationStatus.Draft, null, TranslationOrigins.Glossary, Agent, now);
        }

        return null;
    }
}
