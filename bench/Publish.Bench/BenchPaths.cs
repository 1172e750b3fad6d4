namespace Publish.Bench;

/// <summary>Finds the repository (samples/) from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
                {
                    return dir.FullName;
                }

                dir = dir.Parent;
            }
        }

        throw new InvalidOperationException("Publish.sln not found: run the benchmarks from the repository");
    }
}
