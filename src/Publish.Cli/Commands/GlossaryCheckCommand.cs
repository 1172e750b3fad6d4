using System.CommandLine;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary>
/// <c>publish glossary check [DIR]</c>: one <c>file:line: error|warning: message</c> line per problem on standard
/// output, a count on standard error; exit 1 when there is an error, 0 otherwise (warnings allowed).
/// </summary>
internal static class GlossaryCheckCommand
{
    public static Command Create()
    {
        var directory = GlossaryCommand.DirectoryArgument();
        var command = new Command("check", "Validate the glossary files and list every error and warning.") { directory };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse.GetValue(directory)!)));
        return command;
    }

    private static int Run(string directory)
    {
        var result = Glossary.Check(directory);
        foreach (var issue in result.Issues)
        {
            Console.Out.WriteLine(issue.Describe());
        }

        Console.Error.WriteLine($"{directory}: {result.EntryCount} entries, {result.Errors.Count()} errors, {result.Warnings.Count()} warnings");
        return result.HasErrors ? 1 : 0;
    }
}
