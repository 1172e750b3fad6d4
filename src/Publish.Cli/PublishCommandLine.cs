using System.CommandLine;
using Publish.Cli.Commands;

namespace Publish.Cli;

/// <summary>Builds the <c>publish</c> command tree; each command lives in its own class.</summary>
internal static class PublishCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Publish: Dutch→English translation and publication toolkit for government documents.");
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(GlossaryCommand.Create());
        root.Subcommands.Add(TmCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(AddCommand.Create());
        root.Subcommands.Add(PretranslateCommand.Create());
        root.Subcommands.Add(TranslateCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(QaCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(RebuildCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Build().Parse(args).Invoke();
}
