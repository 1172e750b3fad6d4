using System.CommandLine;

namespace Publish.Cli.Commands;

/// <summary><c>publish glossary check|version|diff|export|import</c>: managing glossary/*.tsv (glossary/README.md).</summary>
internal static class GlossaryCommand
{
    public static Command Create()
    {
        var command = new Command("glossary", "Check, version, compare and exchange (TBX) the managed glossary.");
        command.Subcommands.Add(GlossaryCheckCommand.Create());
        command.Subcommands.Add(GlossaryVersionCommand.Create());
        command.Subcommands.Add(GlossaryDiffCommand.Create());
        command.Subcommands.Add(GlossaryExportCommand.Create());
        command.Subcommands.Add(GlossaryImportCommand.Create());
        return command;
    }

    /// <summary>The optional DIR argument shared by the subcommands; defaults to ./glossary.</summary>
    public static Argument<string> DirectoryArgument() => new("dir")
    {
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => Glossary.GlossaryLocator.FolderName,
        Description = "Glossary directory holding the *.tsv files.",
    };
}
