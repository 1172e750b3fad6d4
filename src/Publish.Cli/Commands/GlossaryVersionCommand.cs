using System.CommandLine;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary><c>publish glossary version [DIR]</c>: prints the content version, e.g. <c>g-3fa4c2d19b0e7a61</c>.</summary>
internal static class GlossaryVersionCommand
{
    public static Command Create()
    {
        var directory = GlossaryCommand.DirectoryArgument();
        var command = new Command("version", "Print the glossary's content version (a hash of the entries, independent of order and comments).") { directory };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            Console.Out.WriteLine(Glossary.Load(parse.GetValue(directory)!).Version);
            return 0;
        }));
        return command;
    }
}
