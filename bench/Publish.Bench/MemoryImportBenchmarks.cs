using Publish.Testing;
using BenchmarkDotNet.Attributes;
using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Bench;

/// <summary>
/// <c>publish tm import</c>'s work: a 20,000-unit TMX of generated Dutch into a fresh memory (both passes,
/// batches of 1,000, fuzzy postings and FTS5 maintained). Units per second = 20,000 / mean.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class MemoryImportBenchmarks
{
    private const int Units = 20_000;
    private string folder = "";
    private string tmx = "";
    private SqliteTranslationMemory? memory;

    [GlobalSetup]
    public void WriteTmx()
    {
        folder = Directory.CreateTempSubdirectory("publish-bench-import-").FullName;
        tmx = Path.Combine(folder, "units.tmx");
        using var output = File.Create(tmx);
        TmxWriter.Write(output, new SyntheticDutchCorpus(seed: 4).Units(Units));
    }

    [IterationSetup]
    public void FreshMemory()
    {
        memory?.Dispose();
        var path = Path.Combine(folder, "tm.db");
        foreach (var file in Directory.GetFiles(folder, "tm.db*"))
        {
            File.Delete(file);
        }

        memory = SqliteTranslationMemory.Open(path);
    }

    [Benchmark]
    public long Import20kUnits() => TmxImporter.Import(tmx, memory!).Added;

    [GlobalCleanup]
    public void Clean()
    {
        memory?.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
