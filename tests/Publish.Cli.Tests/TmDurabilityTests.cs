using Publish.Testing;
using System.Diagnostics;
using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Cli.Tests;

/// <summary>Two processes writing one memory, and an import killed half-way, through the real program.</summary>
public sealed class TmDurabilityTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("publish-tm-durable-").FullName;

    // Small transactions, so that some are committed long before the import ends.
    private const int Commit = 1_000;

    private string MemoryPath => Path.Combine(dir, "tm.db");

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public async Task Two_processes_importing_into_the_same_memory_both_succeed()
    {
        var units = new SyntheticDutchCorpus(seed: 21).Units(8_000);
        var first = WriteTmx("first.tmx", units.Take(4_000));
        var second = WriteTmx("second.tmx", units.Skip(4_000));

        using var a = Start("tm", "import", first, "--tm", MemoryPath);
        using var b = Start("tm", "import", second, "--tm", MemoryPath);
        var errors = await Task.WhenAll(a.StandardError.ReadToEndAsync(), b.StandardError.ReadToEndAsync());
        await Task.WhenAll(a.WaitForExitAsync(), b.WaitForExitAsync());

        Assert.True(a.ExitCode == 0, errors[0]);
        Assert.True(b.ExitCode == 0, errors[1]);
        using var memory = SqliteTranslationMemory.Open(MemoryPath);
        Assert.Equal(8_000, memory.Statistics().Units);
    }

    [Fact]
    public void An_import_killed_midway_keeps_its_committed_batches_and_the_memory_stays_usable()
    {
        var units = new SyntheticDutchCorpus(seed: 22).Units(60_000);
        var file = WriteTmx("big.tmx", units);

        using (var import = Start("tm", "import", file, "--tm", MemoryPath, "--commit-every", Commit.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            var watch = Stopwatch.StartNew();
            while (CommittedUnits() < 2 * Commit && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(import.HasExited, "the import must still be running when it is killed");
            import.Kill(entireProcessTree: true);
            import.WaitForExit();
        }

        using (var memory = SqliteTranslationMemory.Open(MemoryPath))
        {
            var kept = memory.EnumerateUnits().ToList();
            Assert.InRange(kept.Count, 2 * Commit, units.Count - 1);
            Assert.Equal(0, kept.Count % Commit);
            Assert.Equal(units.Take(kept.Count).Select(u => (u.Source, u.Target)), kept.Select(u => (u.Source, u.Target)));
            Assert.Equal(100, new TranslationMemoryLookup(memory).Lookup(kept[^1].Source)[0].Score);
        }

        var again = PublishProcess.Run("tm", "import", file, "--tm", MemoryPath);
        Assert.Equal(0, again.ExitCode);
        using var completed = SqliteTranslationMemory.Open(MemoryPath);
        Assert.Equal(units.Count, completed.Statistics().Units);
    }

    private long CommittedUnits()
    {
        if (!File.Exists(MemoryPath))
        {
            return 0;
        }

        using var memory = SqliteTranslationMemory.Open(MemoryPath);
        return memory.Statistics().Units;
    }

    private string WriteTmx(string name, IEnumerable<TranslationUnit> units)
    {
        var path = Path.Combine(dir, name);
        using var output = File.Create(path);
        TmxWriter.Write(output, units);
        return path;
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = PublishProcess.RepositoryRoot,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
