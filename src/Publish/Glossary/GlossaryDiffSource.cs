using System.Diagnostics;
using System.Text;

namespace Publish.Glossary;

/// <summary>
/// Where <c>publish glossary diff</c> reads a side from: an existing directory, or otherwise a git revision of the
/// glossary folder in the repository of the current directory: <c>REV</c> (folder <c>glossary</c>) or
/// <c>REV:PATH</c> (PATH relative to the repository root, as <c>git show</c> reads it).
/// </summary>
public static class GlossaryDiffSource
{
    private const string DefaultFolder = "glossary";

    /// <summary>Loads one side of a diff; <paramref name="workingDirectory"/> resolves relative folders and is where git runs.</summary>
    /// <exception cref="PublishInputException">Neither a folder nor a readable revision, or the glossary there has an error.</exception>
    public static Glossary Load(string spec, string workingDirectory)
    {
        if (Directory.Exists(Path.Combine(workingDirectory, spec)))
        {
            return Glossary.Load(GlossarySourceFile.ReadDirectory(Path.Combine(workingDirectory, spec), spec));
        }

        int colon = spec.IndexOf(':', StringComparison.Ordinal);
        var revision = colon < 0 ? spec : spec[..colon];
        var folder = colon < 0 ? DefaultFolder : spec[(colon + 1)..].Trim('/');
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw new PublishInputException(spec, "neither a directory nor a git revision");
        }

        var treeish = folder.Length == 0 ? revision : $"{revision}:{folder}";
        var listing = Git(workingDirectory, spec, "ls-tree", "-z", treeish);
        var files = new List<GlossarySourceFile>();

        // ls-tree -z prints "<mode> SP <type> SP <object> TAB <name> NUL" per item (git-ls-tree(1)).
        foreach (var item in Encoding.UTF8.GetString(listing).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = item.IndexOf('\t', StringComparison.Ordinal);
            var meta = item[..tab].Split(' ');
            var name = item[(tab + 1)..];
            if (meta[1] == "blob" && name.EndsWith(".tsv", StringComparison.Ordinal))
            {
                var display = folder.Length == 0 ? $"{revision}:{name}" : $"{revision}:{folder}/{name}";
                files.Add(new GlossarySourceFile(name, display, Git(workingDirectory, display, "cat-file", "blob", meta[2])));
            }
        }

        return Glossary.Load([.. files.OrderBy(f => f.Name, StringComparer.Ordinal)]);
    }

    private static byte[] Git(string workingDirectory, string subject, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PublishInputException(subject, "could not start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new PublishInputException(subject, "not a directory, and git is not available to read it as a revision", inner: e);
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            using var stdout = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(stdout);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var reason = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "git failed";
                throw new PublishInputException(subject, $"not a directory, and not a git revision of a glossary folder ({reason})");
            }

            return stdout.ToArray();
        }
    }
}
