using Publish.Documents;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Interchange.Xliff;

/// <summary>What an XLIFF import changed.</summary>
public sealed record XliffImportResult(int Units, int Updated, int Unchanged, int WithoutTarget);

/// <summary>
/// <c>publish import xliff</c>: brings targets back from another CAT tool. Everything is checked first
/// (each file names a project document, each unit id is one of its segments, each source is still the
/// segment's Dutch); then all targets are written in one transaction, so a bad file changes nothing.
/// A unit without a target leaves the segment as it is.
/// </summary>
public sealed class XliffImporter(IProjectStore store)
{
    /// <param name="documentOverride">The document every unit belongs to, when the file does not name it (a PO round trip names the PO file).</param>
    public XliffImportResult Import(string path, string translator, string? documentOverride = null)
    {
        var units = XliffReader.Read(path);
        var segmentsByDocument = new Dictionary<string, Dictionary<string, StoredSegment>>(StringComparer.Ordinal);
        var translationsByDocument = new Dictionary<string, IReadOnlyDictionary<string, SegmentTranslation>>(StringComparer.Ordinal);
        var changes = new List<TranslationChange>();
        int unchanged = 0, withoutTarget = 0;
        var now = DateTimeOffset.UtcNow;
        foreach (var unit in units)
        {
            var documentId = documentOverride ?? Path.GetFileNameWithoutExtension(unit.Original.Replace('\\', '/'));
            if (!segmentsByDocument.TryGetValue(documentId, out var segments))
            {
                if (store.FindDocument(documentId) is null)
                {
                    throw new PublishInputException(path, $"the file '{unit.Original}' is not a document of this project", unit.Line);
                }

                segments = store.Segments(documentId).ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
                segmentsByDocument[documentId] = segments;
                translationsByDocument[documentId] = store.Translations(documentId);
            }

            if (!segments.TryGetValue(unit.Id, out var segment))
            {
                throw new PublishInputException(path, $"unknown segment id '{unit.Id}' in {documentId}", unit.Line);
            }

            if (!string.Equals(SegmentNormalizer.Normalize(unit.Source), SegmentNormalizer.Normalize(segment.Source), StringComparison.Ordinal))
            {
                throw new PublishInputException(path, $"the source of '{unit.Id}' differs from the project's (was the document re-added since the export?): \"{unit.Source}\"", unit.Line);
            }

            if (string.IsNullOrWhiteSpace(unit.Target))
            {
                withoutTarget++;
                continue;
            }

            var current = translationsByDocument[documentId].GetValueOrDefault(unit.Id);
            if (current is not null && current.Target == unit.Target && current.Status == unit.Status)
            {
                unchanged++;
                continue;
            }

            changes.Add(new TranslationChange(documentId, new SegmentTranslation(unit.Id, unit.Target, unit.Status, current?.Target == unit.Target ? current.MatchScore : null, TranslationOrigins.Import, translator, now)));
        }

        store.SaveTranslations(changes);
        return new XliffImportResult(units.Count, changes.Count, unchanged, withoutTarget);
    }
}
