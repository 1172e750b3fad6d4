using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Publish.Interchange.Tmx;
using Publish.Memory.Sqlite;

namespace Publish.Bench;

/// <summary>
/// <c>publish tm import</c>'s work: a TMX of generated Dutch (the <c>tm-harness</c> file, cached in the temp
/// folder) into a fresh memory, check pass included, indexes maintained. The size is
/// <c>PUBLISH_TM_IMPORT_UNITS</c> (default 20,000; issue 5's target is for 1,000,000). Units per second =
/// units / median. One invocation per iteration: an import of a million units takes tens of seconds.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MedianColumn]
[MinColumn]
[MaxColumn]
public class MemoryImportBenchmarks
{
    private string folder = "";
    private string tmx = "";
    private SqliteTranslationMemory? memory;

    public static int Units => int.TryParse(Environment.GetEnvironmentVariable("PUBLISH_TM_IMPORT_UNITS"), CultureInfo.InvariantCulture, out var units) ? units : 20_000;

    [GlobalSetup]
    public void FindTmx()
    {
        folder = Directory.CreateTempSubdirectory("publish-bench-import-").FullName;
        tmx = MemoryScaleHarness.EnsureTmx(Units);
    }

    [IterationSetup]
    public void FreshMemory()
    {
        memory?.Dispose();
        foreach (var file in Directory.GetFiles(folder, "tm.db*"))
        {
            File.Delete(file);
        }

        memory = SqliteTranslationMemory.Open(Path.Combine(folder, "tm.db"));
    }

    [Benchmark]
    public long Import() => TmxImporter.Import(tmx, memory!).Added;

    [GlobalCleanup]
    public void Clean()
    {
        memory?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
