using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Publish.Bench;

/// <summary>
/// PDF ingest (PdfPig layout, roles, footnotes, paragraphs) + structure + segmentation + placeables of the 16
/// Aanhangsel PDFs in samples/pdf (52 pages), on one thread, warm. Target (issue 11): at least 100 pages/s. Run with
/// <c>dotnet run -c Release --project bench/Publish.Bench -- --filter '*PdfIngest*'</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PdfIngestBenchmarks
{
    private static readonly (string Path, byte[] Bytes)[] Inputs =
        [.. Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples", "pdf"), "*.pdf").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllBytes(p)))];

    private readonly DocumentPipeline _pipeline = new();

    /// <summary>Pages in the 16 PDFs, counted once when the benchmark starts.</summary>
    public static int Pages { get; } = Inputs.Sum(i =>
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(i.Bytes);
        return document.NumberOfPages;
    });

    [Benchmark(Description = "PDF ingest+segment, 16 PDFs")]
    public int ProcessPdfs()
    {
        int segments = 0;
        foreach (var (path, bytes) in Inputs)
        {
            segments += _pipeline.Process(path, bytes).Blocks.Sum(b => b.Segments.Count);
        }

        return segments;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15));
            AddColumn(new ThroughputColumn("pages/s", _ => Pages, "PDF pages ingested and segmented per second, from the median"));
        }
    }
}
