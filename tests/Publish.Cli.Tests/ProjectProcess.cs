using System.Diagnostics;

namespace Publish.Cli.Tests;

/// <summary>Runs publish in a project folder as a translator named "anna", with standard input when the test gives it.</summary>
internal static class ProjectProcess
{
    public const string Translator = "anna";

    public static (int ExitCode, string Stdout, string Stderr) Run(string directory, string? input, params string[] args)
    {
        using var process = Start(directory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Process Start(string directory, params string[] args) => Start(directory, new Dictionary<string, string>(), args);

    /// <summary>Starts publish with extra environment variables (e.g. a test hook).</summary>
    public static Process Start(string directory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.Environment["PUBLISH_USER"] = Translator;
        start.Environment.Remove("PUBLISH_TM");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "publish.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
