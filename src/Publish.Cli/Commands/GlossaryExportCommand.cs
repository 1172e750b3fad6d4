using System.CommandLine;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary><c>publish glossary export FILE.tbx [DIR]</c>: writes the glossary as TBX-Basic (TBX v3, DCA style), atomically.</summary>
internal static class GlossaryExportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TBX file to write." };
        var directory = GlossaryCommand.DirectoryArgument();
        var command = new Command("export", "Write the glossary as a TBX-Basic file.") { file, directory };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var glossary = Glossary.Load(parse.GetValue(directory)!);
            var path = parse.GetValue(file)!;
            GlossaryTbx.Export(glossary, path);
            Console.Out.WriteLine($"wrote {path}: {glossary.Entries.Count} entries, version {glossary.Version}");
            return 0;
        }));
        return command;
    }
}
