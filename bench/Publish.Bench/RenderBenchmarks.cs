using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Publish.Documents;
using Publish.Rendering;

namespace Publish.Bench;

/// <summary>
/// Issue 10's speed criterion: a 100-page bilingual document renders to tagged PDF in at most 0.5 s and to
/// DOCX in at most 0.3 s on one core. The document is <see cref="RenderBenchDocument"/> (real sample
/// sentences, exactly 100 bilingual PDF pages, checked with PdfPig in the setup and shown in the "PDF
/// pages" column). The job runs pinned to one core (processor affinity, and the runtime told it has one
/// processor). Run with <c>dotnet run -c Release --project bench/Publish.Bench -- --filter '*RenderBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private TranslatedDocument document = null!;

    [GlobalSetup]
    public void BuildDocument()
    {
        document = RenderBenchDocument.Document;
        int pages = RenderBenchDocument.PdfPages(RenderLayout.Bilingual);
        if (pages < RenderBenchDocument.TargetPages || pages > RenderBenchDocument.TargetPages + 2)
        {
            throw new InvalidOperationException($"the bilingual PDF has {pages} pages, not about {RenderBenchDocument.TargetPages}");
        }
    }

    [Benchmark(Description = "Bilingual tagged PDF")]
    public long BilingualPdf() => Render(RenderLayout.Bilingual, RenderFormat.Pdf);

    [Benchmark(Description = "Bilingual DOCX")]
    public long BilingualDocx() => Render(RenderLayout.Bilingual, RenderFormat.Docx);

    [Benchmark(Description = "English tagged PDF")]
    public long EnglishPdf() => Render(RenderLayout.English, RenderFormat.Pdf);

    private long Render(RenderLayout layout, RenderFormat format)
    {
        using var output = new MemoryStream();
        BriefingRenderer.Render(document, RenderBenchDocument.Options(layout, format), output);
        return output.Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Affinity mask 1 = the first core; DOTNET_PROCESSOR_COUNT makes the runtime (GC, thread pool) agree.
            AddJob(Job.Default.WithAffinity(1).WithEnvironmentVariable("DOTNET_PROCESSOR_COUNT", "1").WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, new RenderPagesColumn());
        }
    }
}
