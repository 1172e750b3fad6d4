using System.CommandLine;
using System.Globalization;

namespace Publish.Cli.Commands;

/// <summary><c>publish tm stats</c>: size, languages, history and age of the memory.</summary>
internal static class TmStatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show what the memory holds.");
        command.SetAction(parse => CliErrors.Guard(() => Run(parse)));
        return command;
    }

    private static int Run(ParseResult parse)
    {
        using var memory = TmCommand.Open(parse);
        var stats = memory.Statistics();
        var size = new FileInfo(memory.Path).Length;
        var lines = new List<string>
        {
            $"memory:          {memory.Path}",
            $"schema version:  {stats.SchemaVersion}",
            $"units:           {stats.Units:N0}",
            $"history entries: {stats.HistoryEntries:N0}",
            $"file size:       {size / 1024.0 / 1024.0:N1} MiB",
        };
        lines.AddRange(stats.UnitsByLanguagePair.Select(pair => $"  {pair.Key}: {pair.Value:N0}"));
        if (stats.OldestChange is { } oldest && stats.NewestChange is { } newest)
        {
            lines.Add($"changed:         {oldest:yyyy-MM-dd} … {newest:yyyy-MM-dd}");
        }

        foreach (var line in lines)
        {
            Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
        }

        return 0;
    }
}
