using System.Diagnostics;
using System.Globalization;
using Publish.Interchange.Tmx;
using Publish.Memory.Sqlite;
using Publish.Testing;

namespace Publish.Bench;

/// <summary>
/// <c>import-harness UNITS [RUNS]</c>: imports a generated TMX of UNITS units into a fresh memory RUNS times
/// and prints wall time, units per second and the median. A Stopwatch, not BenchmarkDotNet, because one
/// import of a million units takes minutes and BenchmarkDotNet's pilot and warm-up runs would multiply that.
/// </summary>
internal static class MemoryImportHarness
{
    public const string Command = "import-harness";

    public static void Run(string[] args)
    {
        var units = int.Parse(args[1], CultureInfo.InvariantCulture);
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var folder = Directory.CreateTempSubdirectory("publish-import-harness-").FullName;
        try
        {
            var tmx = Path.Combine(folder, "units.tmx");
            using (var output = File.Create(tmx))
            {
                TmxWriter.Write(output, new SyntheticDutchCorpus(seed: 4).Units(units));
            }

            var rates = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                foreach (var file in Directory.GetFiles(folder, "tm.db*"))
                {
                    File.Delete(file);
                }

                using var memory = SqliteTranslationMemory.Open(Path.Combine(folder, "tm.db"));
                var watch = Stopwatch.StartNew();
                var added = TmxImporter.Import(tmx, memory).Added;
                watch.Stop();
                rates.Add(units / watch.Elapsed.TotalSeconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: {watch.Elapsed.TotalSeconds:F2} s, {added} added, {rates[^1]:F0} units/s"));
            }

            rates.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {rates[rates.Count / 2]:F0} units/s over {runs} runs of {units} units"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
