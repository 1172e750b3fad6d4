using System.CommandLine;

namespace Publish.Cli.Commands;

using Publish.Glossary;

/// <summary>
/// <c>publish glossary import FILE.tbx [DIR]</c>: adds the TBX entries as a new file DIR/FILE.tsv; refuses ids that
/// already exist and anything that would make the glossary fail <c>check</c>.
/// </summary>
internal static class GlossaryImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TBX file to read (TBX v3 tbx or TBX 2008 martif)." };
        var directory = GlossaryCommand.DirectoryArgument();
        var command = new Command("import", "Add the entries of a TBX file to the glossary as a new TSV file.") { file, directory };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var written = GlossaryTbx.Import(parse.GetValue(file)!, parse.GetValue(directory)!);
            Console.Out.WriteLine($"wrote {written}");
            return 0;
        }));
        return command;
    }
}
