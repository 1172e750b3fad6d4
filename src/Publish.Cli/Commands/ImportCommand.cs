using System.CommandLine;

namespace Publish.Cli.Commands;

/// <summary><c>publish import xliff FILE</c>: targets back from another CAT tool.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Import translations from another CAT tool.");
        command.Subcommands.Add(ImportXliffCommand.Create());
        return command;
    }
}
