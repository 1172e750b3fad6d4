using System.Diagnostics;

namespace Publish.Cli.Tests;

/// <summary>Runs the built <c>publish</c> program as a child process, as a user or a script would.</summary>
internal static class PublishProcess
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Sample(string prefix) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), prefix + "_*.txt").Single();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => RunIn(RepositoryRoot, args);

    /// <summary>Runs publish with the given working directory (where ./glossary is looked for).</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publish.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Publish.sln not found above the test binaries");
    }
}
