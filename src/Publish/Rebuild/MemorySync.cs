using Publish.Memory;

namespace Publish.Rebuild;

/// <summary>
/// Keeps the memory in step with safe updates: every unit of the same source that holds the old target gets the
/// new one (the memory moves the old target to the unit's history). Where no unit held the old target, it is
/// written first in the segment's context and then replaced, so the history still holds both renderings.
/// Idempotent: run again after a crash, it finds the new target and writes nothing.
/// </summary>
internal sealed class MemorySync(ITranslationMemory memory, string sourceLanguage, string targetLanguage, string agent, string glossaryVersion)
{
    public int Apply(IReadOnlyList<MemoryUpdate> updates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var first = new List<TranslationUnit>();
        var second = new List<TranslationUnit>();
        foreach (var update in updates)
        {
            var units = memory.FindBySourceHash(SegmentNormalizer.Hash(update.Source)).Where(u => u.TargetLanguage == targetLanguage).ToList();
            var holders = units.Where(u => u.Target == update.OldTarget).ToList();
            if (holders.Count > 0)
            {
                second.AddRange(holders.Select(u => u with { Target = update.NewTarget, Creator = agent, Changed = now, GlossaryVersion = glossaryVersion }));
            }
            else if (!units.Any(u => u.Target == update.NewTarget))
            {
                var unit = new TranslationUnit(update.Source, update.OldTarget)
                {
                    SourceLanguage = sourceLanguage,
                    TargetLanguage = targetLanguage,
                    DocumentId = update.DocumentId,
                    Creator = agent,
                    Created = now,
                    Changed = now,
                }.WithContext(update.Previous, update.Next);
                first.Add(unit);
                second.Add(unit with { Target = update.NewTarget, GlossaryVersion = glossaryVersion });
            }
        }

        memory.AddOrUpdate(first);
        memory.AddOrUpdate(second);
        return second.Count;
    }
}
