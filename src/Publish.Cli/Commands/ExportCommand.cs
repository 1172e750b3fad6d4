using System.CommandLine;

namespace Publish.Cli.Commands;

/// <summary><c>publish export xliff|tmx</c>: hand work to another CAT tool, or the confirmed translations to a memory.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Export a document as XLIFF, or the project's confirmed translations as TMX.");
        command.Subcommands.Add(ExportXliffCommand.Create());
        command.Subcommands.Add(ExportTmxCommand.Create());
        return command;
    }
}
