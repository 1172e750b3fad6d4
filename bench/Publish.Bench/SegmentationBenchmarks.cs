using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Publish.Segmentation;

namespace Publish.Bench;

/// <summary>
/// Dutch sentence segmentation throughput on the sample documents (samples/*.txt, concatenated, lines unwrapped
/// naïvely: blank lines separate blocks, other line breaks become spaces). The MB/s column is UTF-8 input bytes per
/// second at the median time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SegmentationBenchmarks
{
    private readonly DutchSentenceSplitter _splitter = new();
    private string[] _blocks = [];
    private string _wholeText = "";

    internal static long InputBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var samples = FindSamples();
        var text = string.Join("\n\n", Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        _blocks = [.. text.Replace("\r", "", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(b => b.Replace('\n', ' '))];
        _wholeText = string.Join(' ', _blocks);
        InputBytes = Encoding.UTF8.GetByteCount(_wholeText);
        _ = _splitter.Split(_wholeText);
    }

    [Benchmark(Description = "one block per paragraph")]
    public int SplitBlocks()
    {
        var count = 0;
        foreach (var block in _blocks)
        {
            count += _splitter.Split(block).Count;
        }

        return count;
    }

    [Benchmark(Description = "all text as one block")]
    public int SplitWholeText() => _splitter.Split(_wholeText).Count;

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(candidate) && Directory.GetFiles(candidate, "*.txt").Length > 0)
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/*.txt not found above " + AppContext.BaseDirectory);
    }

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => nameof(MegabytesPerSecondColumn);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "UTF-8 input megabytes (10^6 bytes) segmented per second, at the median time";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
            {
                return "-";
            }

            // The benchmark process measured the input; recompute its size here, in the host process.
            var bytes = InputBytes > 0 ? InputBytes : MeasureInputBytes();
            return (bytes / (statistics.Median / 1e9) / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        private static long MeasureInputBytes()
        {
            var benchmarks = new SegmentationBenchmarks();
            benchmarks.Setup();
            return InputBytes;
        }
    }
}
