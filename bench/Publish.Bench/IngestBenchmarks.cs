using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Publish.Bench;

/// <summary>
/// Ingest + structure + segmentation + placeable annotation of the five samples, repeated until the input
/// is at least 10 MB, on one thread. Target (issue 3): at least 20 MB/s. Run with
/// <c>dotnet run -c Release --project bench/Publish.Bench -- --filter '*IngestBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
public class IngestBenchmarks
{
    private const long TargetBytes = 10_000_000;

    private static readonly (string Path, byte[] Bytes)[] Inputs = LoadInputs();

    private readonly DocumentPipeline _withoutGlossary = new();
    private readonly DocumentPipeline _withGlossary = new(Glossary.Glossary.Load(Path.Combine(BenchPaths.RepositoryRoot, "glossary")));

    public static long TotalBytes { get; } = Inputs.Sum(i => (long)i.Bytes.Length);

    /// <summary>Placeables only: what issue 3 asks of the segmenter.</summary>
    [Benchmark(Description = "ingest+segment+placeables 10 MB")]
    public int ProcessSamples() => Process(_withoutGlossary);

    /// <summary>Everything <c>publish segment</c> does, glossary terms included.</summary>
    [Benchmark(Description = "ingest+segment+placeables+terms 10 MB")]
    public int ProcessSamplesWithGlossary() => Process(_withGlossary);

    private static int Process(DocumentPipeline pipeline)
    {
        int segments = 0;
        foreach (var (path, bytes) in Inputs)
        {
            segments += pipeline.Process(path, bytes).Blocks.Sum(b => b.Segments.Count);
        }

        return segments;
    }

    private static (string, byte[])[] LoadInputs()
    {
        var samples = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt").Order().Select(p => (p, File.ReadAllBytes(p))).ToArray();
        long perRound = samples.Sum(s => (long)s.Item2.Length);
        int rounds = (int)((TargetBytes + perRound - 1) / perRound);
        return Enumerable.Range(0, rounds).SelectMany(_ => samples).ToArray();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(10));
            AddColumn(new ThroughputColumn("MB/s", _ => TotalBytes));
        }
    }
}
