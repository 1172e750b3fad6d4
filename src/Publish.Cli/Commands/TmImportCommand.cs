using System.CommandLine;
using System.Globalization;
using Publish.Interchange.Tmx;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish tm import FILE.tmx</c>: a malformed file imports nothing; a long import shows a progress bar
/// on standard error (when it is a terminal) and commits every 1,000 units.
/// </summary>
internal static class TmImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TMX 1.4b file to import." };
        var command = new Command("import", "Import a TMX file into the memory; units already present are updated.") { file };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse, parse.GetValue(file)!)));
        return command;
    }

    private static int Run(ParseResult parse, string file)
    {
        using var memory = TmCommand.Open(parse);
        var result = Console.IsErrorRedirected
            ? TmxImporter.Import(file, memory)
            : WithProgressBar(file, memory);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{file}: {result.Read:N0} units read, {result.Added:N0} added, {result.Updated:N0} updated, {result.Skipped:N0} skipped (no source or target) → {memory.Path}"));
        return 0;
    }

    private static TmxImportResult WithProgressBar(string file, Publish.Memory.ITranslationMemory memory)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("Importing " + Path.GetFileName(file));
            return TmxImporter.Import(file, memory, (done, total) =>
            {
                task.MaxValue = Math.Max(1, total);
                task.Value = done;
            });
        });
    }
}
