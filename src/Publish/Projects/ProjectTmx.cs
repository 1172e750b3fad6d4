using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>
/// The project's confirmed translations (Translated and Reviewed) as memory units, with the context hashes
/// of their neighbours in the document: what <c>publish export tmx</c> writes.
/// </summary>
public static class ProjectTmx
{
    public static IEnumerable<TranslationUnit> ConfirmedUnits(IProjectStore store, ProjectConfig config)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(config);
        foreach (var document in store.Documents())
        {
            var translations = store.Translations(document.Id);
            var segments = store.Segments(document.Id);
            for (var i = 0; i < segments.Count; i++)
            {
                if (translations.GetValueOrDefault(segments[i].SegmentId) is not { Status: TranslationStatus.Translated or TranslationStatus.Reviewed, Target: { Length: > 0 } target } translation)
                {
                    continue;
                }

                yield return new TranslationUnit(segments[i].Source, target)
                {
                    SourceLanguage = config.SourceLanguage,
                    TargetLanguage = config.TargetLanguage,
                    PreviousSourceHash = segments[i].PreviousHash,
                    NextSourceHash = segments[i].NextHash,
                    DocumentId = document.Id,
                    Creator = translation.ChangedBy,
                    Created = translation.Changed ?? document.Updated,
                    Changed = translation.Changed ?? document.Updated,
                    GlossaryVersion = document.GlossaryVersion,
                };
            }
        }
    }
}
