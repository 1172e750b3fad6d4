using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Memory;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish tm lookup "zin" [--json] [--min 75]</c>: the matches for one sentence, best first, each with
/// its score, band, kind, the target to use and a word diff of the stored source against the query
/// ("[-stored-] {+query+}").
/// </summary>
internal static class TmLookupCommand
{
    public static Command Create()
    {
        var sentence = new Argument<string>("sentence") { Description = "Dutch sentence to look up." };
        var json = new Option<bool>("--json") { Description = "Write the matches as JSON." };
        var minimum = new Option<int>("--min") { Description = "Lowest score to show (50–101).", DefaultValueFactory = _ => 75 };
        var limit = new Option<int>("--limit") { Description = "Most matches to show.", DefaultValueFactory = _ => 5 };
        var previous = new Option<string?>("--prev") { Description = "The sentence before, for in-context (101) matches." };
        var next = new Option<string?>("--next") { Description = "The sentence after, for in-context (101) matches." };
        minimum.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 50 or > 101)
            {
                result.AddError("--min must be between 50 and 101");
            }
        });
        var command = new Command("lookup", "Find exact, in-context and fuzzy matches for a sentence.") { sentence, json, minimum, limit, previous, next };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var memory = TmCommand.Open(parse);
            var matches = new TranslationMemoryLookup(memory).Lookup(
                parse.GetValue(sentence)!, parse.GetValue(previous), parse.GetValue(next), parse.GetValue(minimum), parse.GetValue(limit));
            if (parse.GetValue(json))
            {
                WriteJson(parse.GetValue(sentence)!, matches);
            }
            else
            {
                WriteText(matches);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteText(IReadOnlyList<MemoryMatch> matches)
    {
        if (matches.Count == 0)
        {
            Console.Error.WriteLine("no match");
            return;
        }

        foreach (var match in matches)
        {
            Console.WriteLine($"{match.Score,3}%  {match.Kind.ToString().ToLowerInvariant(),-10} {match.Target}");
            Console.WriteLine($"      source: {match.Unit.Source}");
            Console.WriteLine($"      diff:   {match.DiffText}");
        }
    }

    private static void WriteJson(string query, IReadOnlyList<MemoryMatch> matches)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteStartArray("matches");
            foreach (var match in matches)
            {
                json.WriteStartObject();
                json.WriteNumber("score", match.Score);
                json.WriteString("band", match.Band);
                json.WriteString("kind", match.Kind.ToString().ToLowerInvariant());
                json.WriteString("target", match.Target);
                json.WriteString("source", match.Unit.Source);
                json.WriteString("storedTarget", match.Unit.Target);
                json.WriteNumber("unit", match.Unit.Id);
                json.WriteString("changed", match.Unit.Changed);
                json.WriteStartArray("diff");
                foreach (var span in match.Diff)
                {
                    json.WriteStartObject();
                    json.WriteString("op", span.Operation.ToString().ToLowerInvariant());
                    json.WriteString("text", span.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }
}
