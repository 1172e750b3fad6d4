using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using Publish.Ingest.Dehyphenation;
using Publish.Ingest.Lexicon;

namespace Publish.Bench;

/// <summary>Lexicon load time (paid once per process) and the cost of deciding line-end hyphens.</summary>
[MemoryDiagnoser]
public class DehyphenationBenchmarks
{
    /// <summary>A mix like the real documents: mostly typesetting breaks, some real hyphens, one suspension.</summary>
    private static readonly (string Before, string After, string? Following)[] LineEnds =
    [
        ("verde-", "diging", "van"), ("Bondge-", "nootschap", "is"), ("veiligheids-", "sector.", null),
        ("funda-", "menteel", "veranderd"), ("sanctiecri-", "teria,", "dan"), ("arbeidsongeschiktheidsbe-", "oordeling", "aanlopen"),
        ("NAVO-", "verdragsgebied", "te"), ("Yamal-", "leiding", "op"), ("Oekraïne-", "crisis", "intensief"),
        ("informatie-", "uitwisseling", "en"), ("defensie-", "en", "veiligheidssector"), ("consumen-", "tenvuurwerk", "moet"),
    ];

    private readonly Dehyphenator dehyphenator = new();

    [Benchmark]
    public int LoadLexicon() => DutchLexicon.LoadFromResources().WordCount;

    /// <summary>The alternative FrontCodedWordList was chosen over: one string per word in a hash set.</summary>
    [Benchmark]
    public int LoadLexiconIntoHashSet()
    {
        using var resource = typeof(DutchLexicon).Assembly.GetManifestResourceStream("Publish.Ingest.Lexicon.nl-words.txt.gz")!;
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var words = new HashSet<string>(StringComparer.Ordinal);
        string previous = "";
        while (reader.ReadLine() is { } line)
        {
            int shared = line[0] <= '9' ? line[0] - '0' : line[0] - 'A' + 10;
            previous = string.Concat(previous.AsSpan(0, shared), line.AsSpan(1));
            words.Add(previous);
        }

        return words.Count;
    }

    [Benchmark(OperationsPerInvoke = 12)]
    public int DecideLineEnds()
    {
        int length = 0;
        foreach (var (before, after, following) in LineEnds)
        {
            length += dehyphenator.JoinAcrossLineBreak(before, after, following).Length;
        }

        return length;
    }

    [Benchmark]
    public bool CompoundCheckOfUnlistedCompound() => DutchLexicon.Instance.IsWordOrCompound("arbeidsongeschiktheidsbeoordeling");
}
