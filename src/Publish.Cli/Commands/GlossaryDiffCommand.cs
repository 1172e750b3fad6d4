using System.CommandLine;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary>
/// <c>publish glossary diff OLD NEW [--json]</c>. Each side is a directory or, when no such directory exists, a
/// git revision of the glossary folder (<c>HEAD~1</c>, <c>HEAD~1:glossary</c>) in the current repository.
/// </summary>
internal static class GlossaryDiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "Old glossary: a directory, REV or REV:PATH." };
        var @new = new Argument<string>("new") { Description = "New glossary: a directory, REV or REV:PATH." };
        var json = new Option<bool>("--json") { Description = "Print JSON: {old, new, added, removed, changed}." };
        var command = new Command("diff", "Show entries added, removed and changed between two glossaries.") { old, @new, json };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse.GetValue(old)!, parse.GetValue(@new)!, parse.GetValue(json))));
        return command;
    }

    private static int Run(string oldSpec, string newSpec, bool json)
    {
        var here = Environment.CurrentDirectory;
        var diff = GlossaryDiff.Compare(GlossaryDiffSource.Load(oldSpec, here), GlossaryDiffSource.Load(newSpec, here));
        if (json)
        {
            using var stdout = Console.OpenStandardOutput();
            GlossaryDiffJson.Write(diff, stdout);
            return 0;
        }

        var output = Console.Out;
        output.WriteLine($"{diff.OldVersion} → {diff.NewVersion}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed");
        foreach (var entry in diff.Added)
        {
            output.WriteLine($"+ {entry.Id}: {entry.Source} → {entry.Target}");
        }

        foreach (var entry in diff.Removed)
        {
            output.WriteLine($"- {entry.Id}: {entry.Source} → {entry.Target}");
        }

        foreach (var change in diff.Changed)
        {
            output.WriteLine($"~ {change.Id}");
            foreach (var (field, values) in change.Fields)
            {
                output.WriteLine($"    {field}: \"{values.Old}\" → \"{values.New}\"");
            }
        }

        return 0;
    }
}
