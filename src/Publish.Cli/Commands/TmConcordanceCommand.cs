using System.CommandLine;

namespace Publish.Cli.Commands;

/// <summary><c>publish tm concordance "woord"</c>: units whose source or target contains the phrase, marked ⟦so⟧.</summary>
internal static class TmConcordanceCommand
{
    public static Command Create()
    {
        var phrase = new Argument<string>("phrase") { Description = "Word or phrase to find in sources and targets." };
        var limit = new Option<int>("--limit") { Description = "Most hits to show.", DefaultValueFactory = _ => 20 };
        var command = new Command("concordance", "Find a word or phrase in the memory's sources and targets.") { phrase, limit };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse, parse.GetValue(phrase)!, parse.GetValue(limit))));
        return command;
    }

    private static int Run(ParseResult parse, string phrase, int limit)
    {
        using var memory = TmCommand.Open(parse);
        var hits = memory.Concordance(phrase, limit);
        foreach (var hit in hits)
        {
            Console.WriteLine(hit.HighlightedSource);
            Console.WriteLine("  " + hit.HighlightedTarget);
        }

        Console.Error.WriteLine($"{hits.Count} hit(s) for \"{phrase}\"");
        return 0;
    }
}
