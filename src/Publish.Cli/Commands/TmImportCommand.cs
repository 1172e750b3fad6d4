using System.CommandLine;
using System.Globalization;
using Publish.Interchange.Tmx;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish tm import FILE.tmx</c>: a malformed file imports nothing; a long import shows a progress bar
/// on standard error (when it is a terminal) and commits every <c>--commit-every</c> units (131,072 by default).
/// </summary>
internal static class TmImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TMX 1.4b file to import." };
        var commitEvery = new Option<int>("--commit-every")
        {
            Description = "Units per transaction. Smaller transactions show other processes the units sooner and make a killed import keep more; larger ones import faster.",
            DefaultValueFactory = _ => TmxImporter.CommitUnits,
        };
        commitEvery.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--commit-every must be at least 1.");
            }
        });
        var command = new Command("import", "Import a TMX file into the memory; units already present are updated.") { file, commitEvery };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse, parse.GetValue(file)!, parse.GetValue(commitEvery))));
        return command;
    }

    private static int Run(ParseResult parse, string file, int commitEvery)
    {
        using var memory = TmCommand.Open(parse);
        var result = Console.IsErrorRedirected
            ? TmxImporter.Import(file, memory, commitUnits: commitEvery)
            : WithProgressBar(file, memory, commitEvery);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{file}: {result.Read:N0} units read, {result.Added:N0} added, {result.Updated:N0} updated, {result.Skipped:N0} skipped (no source or target) → {memory.Path}"));
        return 0;
    }

    private static TmxImportResult WithProgressBar(string file, Publish.Memory.ITranslationMemory memory, int commitEvery)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("Importing " + Path.GetFileName(file));
            // The total is known once the parse has counted the units; until then the bar is indeterminate.
            return TmxImporter.Import(
                file,
                memory,
                (done, total) =>
                {
                    task.IsIndeterminate = total == 0;
                    if (total > 0)
                    {
                        task.MaxValue = total;
                        task.Value = done;
                    }
                },
                commitEvery);
        });
    }
}
