using System.CommandLine;
using System.Globalization;
using Publish.Interchange.Tmx;
using Publish.IO;

namespace Publish.Cli.Commands;

/// <summary><c>publish tm export FILE.tmx</c>: the whole memory as TMX 1.4b, written atomically.</summary>
internal static class TmExportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TMX file to write." };
        var command = new Command("export", "Export the memory as a TMX 1.4b file.") { file };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse, parse.GetValue(file)!)));
        return command;
    }

    private static int Run(ParseResult parse, string file)
    {
        using var memory = TmCommand.Open(parse);
        long count = 0;
        AtomicFile.Write(file, stream => count = TmxImporter.Export(memory, stream));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: {count:N0} units exported from {memory.Path}"));
        return 0;
    }
}
