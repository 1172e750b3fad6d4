using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Publish.Bench;

/// <summary>
/// A BenchmarkDotNet column that turns the median time per operation into a rate for a known amount of work
/// per operation: MB/s of input (the default), or pages/s.
/// </summary>
internal sealed class ThroughputColumn(string header, Func<BenchmarkCase, double> unitsPerOperation, string legend) : IColumn
{
    /// <summary>Input megabytes (10^6 bytes) per second, for operations that read a known number of bytes.</summary>
    public ThroughputColumn(string header, Func<BenchmarkCase, long> bytesPerOperation)
        : this(header, benchmark => bytesPerOperation(benchmark) / 1e6, "Input megabytes (10^6 bytes) processed per second, from the median")
    {
    }

    public string Id => nameof(ThroughputColumn) + header;

    public string ColumnName => header;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats)
        {
            return "-";
        }

        double seconds = stats.Median / 1e9;
        return (unitsPerOperation(benchmarkCase) / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
