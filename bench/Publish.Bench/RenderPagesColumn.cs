using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Publish.Rendering;

namespace Publish.Bench;

/// <summary>
/// Pages of the PDF each render benchmark writes, counted in the host process by reading the PDF back
/// with PdfPig; DOCX pages are decided by the word processor, so that row shows "-".
/// </summary>
internal sealed class RenderPagesColumn : IColumn
{
    private static readonly Lazy<int> Bilingual = new(() => RenderBenchDocument.PdfPages(RenderLayout.Bilingual));
    private static readonly Lazy<int> English = new(() => RenderBenchDocument.PdfPages(RenderLayout.English));

    public string Id => nameof(RenderPagesColumn);

    public string ColumnName => "PDF pages";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Pages of the rendered PDF, read back with PdfPig";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => benchmarkCase.Descriptor.WorkloadMethod.Name switch
    {
        nameof(RenderBenchmarks.BilingualPdf) => Bilingual.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        nameof(RenderBenchmarks.EnglishPdf) => English.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "-",
    };

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
