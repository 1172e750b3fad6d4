using System.Diagnostics;

namespace Publish.Cli.Tests;

/// <summary>
/// Finds a system tool a test needs and, when it is missing, installs its Debian package, so that the
/// README's test command works on a fresh machine with only the .NET SDK (as root, like CI). A test that
/// still cannot find the tool fails with the install command; it never skips.
/// </summary>
internal static class SystemTools
{
    private static readonly Lock InstallLock = new();

    public static string Require(string tool, string debianPackage)
    {
        if (Find(tool) is { } found)
        {
            return found;
        }

        lock (InstallLock)
        {
            if (Find(tool) is null && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
            {
                Install(debianPackage);
            }
        }

        return Find(tool) ?? throw new InvalidOperationException($"{tool} is not on PATH: install it with 'apt-get install {debianPackage}' (the tests do this themselves when run as root)");
    }

    private static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool))
            .FirstOrDefault(File.Exists);

    private static void Install(string debianPackage)
    {
        foreach (var arguments in new[] { "update -qq", $"install -y -qq {debianPackage}" })
        {
            var start = new ProcessStartInfo("/usr/bin/apt-get", arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Task.WaitAll(stdout, stderr);
        }
    }
}
