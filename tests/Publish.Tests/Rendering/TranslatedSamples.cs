using System.Collections.Concurrent;
using Publish.Documents;
using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Tests.Rendering;

/// <summary>
/// The seed samples as the project store will hand them over: English from exact matches in the starter
/// memory (real for 000, 002 and part of 001), every other segment untranslated.
/// </summary>
internal static class TranslatedSamples
{
    private static readonly Lazy<Dictionary<string, string>> ExactTargets = new(LoadExactTargets);
    private static readonly ConcurrentDictionary<string, TranslatedDocument> Cache = new();

    public static TranslatedDocument Document(string prefix) => Cache.GetOrAdd(prefix, p =>
    {
        var source = Samples.Document(p);
        var translations = new Dictionary<string, SegmentTranslation>(StringComparer.Ordinal);
        foreach (var segment in source.Segments)
        {
            if (ExactTargets.Value.TryGetValue(segment.Text, out var target))
            {
                translations[segment.Id] = new SegmentTranslation(segment.Id, target, TranslationStatus.Translated, TranslationMemoryLookup.ExactScore, "tm");
            }
        }

        return new TranslatedDocument(p, source, translations);
    });

    /// <summary>Every sample segment the starter memory matches exactly, looked up through a real memory.</summary>
    private static Dictionary<string, string> LoadExactTargets()
    {
        var folder = Directory.CreateTempSubdirectory("publish-render-tm-");
        try
        {
            var targets = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var memory = SqliteTranslationMemory.Open(Path.Combine(folder.FullName, "tm.db")))
            {
                TmxImporter.Import(Path.Combine(Samples.Root, "samples", "starter-memory.tmx"), memory);
                var lookup = new TranslationMemoryLookup(memory);
                foreach (var segment in new[] { "000", "001", "002", "003", "004" }.SelectMany(p => Samples.Document(p).Segments))
                {
                    var exact = lookup.Lookup(segment.Text, minimumScore: TranslationMemoryLookup.ExactScore, limit: 1);
                    if (exact.Count > 0)
                    {
                        targets[segment.Text] = exact[0].Target;
                    }
                }
            }

            return targets;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
