using Publish.Documents;
using Publish.Memory;

namespace Publish.Projects;

/// <summary>Segments and words, the two numbers a quote is made of.</summary>
public sealed record Tally(int Segments, int Words);

/// <summary>One document's (or the project's) counts per match band and per status.</summary>
public sealed record DocumentStatus(string DocumentId, Tally Total, IReadOnlyDictionary<string, Tally> Bands, IReadOnlyDictionary<TranslationStatus, Tally> Statuses);

/// <summary><c>publish status</c>: every document and the total.</summary>
public sealed record StatusReport(IReadOnlyList<DocumentStatus> Documents, DocumentStatus Total);

/// <summary>
/// The analysis translators quote and plan with: each segment's best memory match, in the bands of
/// issue 6, and its workflow status. The band is what the memory offers a document from elsewhere: units
/// confirmed in the document itself are left out, so that translating a document does not turn its own
/// analysis into 101 % matches. Identical segments are looked up once.
/// </summary>
public sealed class ProjectStatus(IProjectStore store, ITranslationMemory memory)
{
    public const string RepairedBand = "repaired";
    public const string NoMatchBand = "none";

    /// <summary>The bands in the order translators read them.</summary>
    public static IReadOnlyList<string> Bands { get; } = ["101", "100", RepairedBand, "95–99", "85–94", "75–84", "50–74", NoMatchBand];

    private readonly TranslationMemoryLookup lookup = new(memory);

    public StatusReport Report(IReadOnlyList<string> documentIds)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var total = new Counter("total");
        var documents = new List<DocumentStatus>();
        foreach (var id in documentIds)
        {
            var counter = new Counter(id);
            var translations = store.Translations(id);
            var segments = store.Segments(id);
            var bands = new Dictionary<(long, long, long), string>();
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var key = (segment.SourceHash, segment.PreviousHash, segment.NextHash);
                if (!bands.TryGetValue(key, out var band))
                {
                    band = BandOf(id, segment.Source, i > 0 ? segments[i - 1].Source : null, i + 1 < segments.Count ? segments[i + 1].Source : null);
                    bands[key] = band;
                }

                var status = translations.GetValueOrDefault(segment.SegmentId)?.Status ?? TranslationStatus.New;
                counter.Add(band, status, segment.Words);
                total.Add(band, status, segment.Words);
            }

            documents.Add(counter.ToStatus());
        }

        return new StatusReport(documents, total.ToStatus());
    }

    private string BandOf(string documentId, string source, string? previous, string? next)
    {
        var best = lookup.Lookup(source, previous, next, minimumScore: 50, limit: 5)
            .FirstOrDefault(m => !string.Equals(m.Unit.DocumentId, documentId, StringComparison.Ordinal));
        return best switch
        {
            null => NoMatchBand,
            { Kind: MatchKind.Repaired } => RepairedBand,
            _ => best.Band,
        };
    }

    private sealed class Counter(string id)
    {
        private readonly Dictionary<string, (int Segments, int Words)> bands = Bands.ToDictionary(b => b, _ => (0, 0), StringComparer.Ordinal);
        private readonly Dictionary<TranslationStatus, (int Segments, int Words)> statuses = Enum.GetValues<TranslationStatus>().ToDictionary(s => s, _ => (0, 0));
        private int segments;
        private int words;

        public void Add(string band, TranslationStatus status, int segmentWords)
        {
            segments++;
            words += segmentWords;
            bands[band] = (bands[band].Segments + 1, bands[band].Words + segmentWords);
            statuses[status] = (statuses[status].Segments + 1, statuses[status].Words + segmentWords);
        }

        public DocumentStatus ToStatus() => new(
            id,
            new Tally(segments, words),
            Bands.ToDictionary(b => b, b => new Tally(bands[b].Segments, bands[b].Words), StringComparer.Ordinal),
            statuses.ToDictionary(s => s.Key, s => new Tally(s.Value.Segments, s.Value.Words)));
    }
}
