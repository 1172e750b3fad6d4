using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Publish.Glossary;
using Publish.Glossary.Recognition;

namespace Publish.Bench;

/// <summary>
/// Term recognition at scale: building the recogniser for a 100,000-entry synthetic glossary (target ≤ 1 s)
/// and annotating 1 MB of Dutch text with it, one paragraph per call, on one thread (target ≥ 10 MB/s).
/// The glossary is generated Dutch-like words (terms, a tenth of them allowed in closed compounds), multi-word
/// names and acronyms; the text is the samples' paragraphs, repeated, with a generated term every ~15 words.
/// Run with <c>dotnet run -c Release --project bench/Publish.Bench -- --filter '*TermRecognitionBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class TermRecognitionBenchmarks
{
    private const int EntryCount = 100_000;
    private const long TargetTextBytes = 1_000_000;

    private static readonly string[] Onsets = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "gr", "kr", "br", "sch", "bl", "pr", "tr", "sl", "sp"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ei", "ij", "ui", "eu", "ou"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "t", "k", "nd", "ng", "rd", "cht", "st", "rk"];

    private static readonly GlossaryEntry[] Entries = GenerateGlossary(new Random(20261125));
    private static readonly string[] Paragraphs = BuildText(new Random(1125));

    private readonly TermRecognizer recognizer = new(Entries);

    public static long TextBytes { get; } = Paragraphs.Sum(p => (long)Encoding.UTF8.GetByteCount(p));

    [Benchmark(Description = "build recogniser, 100k entries")]
    public int BuildRecognizer() => new TermRecognizer(Entries).FormCount;

    [Benchmark(Description = "recognise 1 MB, 100k entries")]
    public int RecognizeOneMegabyte()
    {
        var terms = 0;
        foreach (var paragraph in Paragraphs)
        {
            terms += recognizer.Recognize(paragraph).Count;
        }

        return terms;
    }

    private static GlossaryEntry[] GenerateGlossary(Random random)
    {
        var entries = new GlossaryEntry[EntryCount];
        for (var i = 0; i < EntryCount; i++)
        {
            var roll = random.Next(100);
            entries[i] = roll switch
            {
                < 60 => Entry(i, Word(random, 2, 4), TermKind.Term, caseSensitive: false, roll < 6 ? CompoundUse.Closed : roll < 18 ? CompoundUse.Hyphen : CompoundUse.None),
                < 85 => Entry(i, Name(random), TermKind.Name, caseSensitive: true, CompoundUse.None),
                _ => Entry(i, Acronym(random), TermKind.Acronym, caseSensitive: true, CompoundUse.Hyphen),
            };
        }

        return entries;
    }

    private static GlossaryEntry Entry(int index, string source, TermKind kind, bool caseSensitive, CompoundUse compounds) =>
        new($"synthetic-{index}", source, [], $"English {index}", [], kind, caseSensitive, compounds, null, null, null, "synthetic.tsv", index + 1);

    private static string Word(Random random, int minSyllables, int maxSyllables)
    {
        var word = new StringBuilder();
        var syllables = random.Next(minSyllables, maxSyllables + 1);
        for (var s = 0; s < syllables; s++)
        {
            word.Append(Onsets[random.Next(Onsets.Length)]).Append(Nuclei[random.Next(Nuclei.Length)]).Append(Codas[random.Next(Codas.Length)]);
        }

        return word.ToString();
    }

    private static string Name(Random random)
    {
        var words = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Word(random, 1, 3));
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static string Acronym(Random random) =>
        new([.. Enumerable.Range(0, random.Next(2, 6)).Select(_ => (char)('A' + random.Next(26)))]);

    private static string[] BuildText(Random random)
    {
        var samples = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).ReplaceLineEndings("\n").Split("\n\n"))
            .Select(paragraph => string.Join(' ', paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(paragraph => paragraph.Length > 0)
            .ToArray();
        var paragraphs = new List<string>();
        long bytes = 0;
        while (bytes < TargetTextBytes)
        {
            foreach (var sample in samples)
            {
                var words = sample.Split(' ').ToList();
                for (var at = random.Next(15); at < words.Count; at += 10 + random.Next(10))
                {
                    words.Insert(at, Entries[random.Next(Entries.Length)].Source);
                }

                var paragraph = string.Join(' ', words);
                paragraphs.Add(paragraph);
                bytes += Encoding.UTF8.GetByteCount(paragraph);
            }
        }

        return [.. paragraphs];
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10));
            AddColumn(StatisticColumn.Median);
            AddColumn(new ThroughputColumn("MB/s", benchmark =>
                benchmark.Descriptor.WorkloadMethod.Name == nameof(RecognizeOneMegabyte) ? TextBytes : 0));
        }
    }
}
