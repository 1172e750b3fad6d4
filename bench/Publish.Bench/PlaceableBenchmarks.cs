using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Publish.Segmentation.Placeables;

namespace Publish.Bench;

/// <summary>
/// Placeable recognition over the sample documents, one line-joined paragraph at a time (a sentence splitter
/// would give shorter inputs; paragraphs keep this benchmark independent of it). Divide the total characters
/// by the mean time for throughput; the pipeline budget is 20 MB/s on one core.
/// </summary>
[MemoryDiagnoser]
public partial class PlaceableBenchmarks
{
    private readonly PlaceableRecognizer recognizer = new();
    private string[] paragraphs = [];

    [GlobalSetup]
    public void LoadSamples()
    {
        var samples = Path.Combine(BenchPaths.RepositoryRoot, "samples");
        paragraphs = Directory.GetFiles(samples, "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => BlankLines().Split(File.ReadAllText(file)))
            .Select(paragraph => string.Join(' ', paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)))
            .Where(paragraph => paragraph.Length > 0)
            .ToArray();
    }

    [Benchmark]
    public int RecognizeAllSampleParagraphs()
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            count += recognizer.Recognize(paragraph).Count;
        }

        return count;
    }

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n")]
    private static partial Regex BlankLines();
}
