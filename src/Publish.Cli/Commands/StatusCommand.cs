using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Cli.Editor;
using Publish.Documents;
using Publish.Projects;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary><c>publish status [DOC] [--json]</c>: segments and words per match band and per status, per document and in total.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var document = new Argument<string?>("doc") { Arity = ArgumentArity.ZeroOrOne, Description = "Document id or a unique prefix (default: every document)." };
        var json = new Option<bool>("--json") { Description = "Write the counts as JSON." };
        var command = new Command("status", "Segments and words per match band (101 … none) and per status: the numbers for quotes and planning.") { document, json };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            using var memory = ProjectCli.OpenMemory(project);
            var report = new ProjectStatus(project.Store, memory).Report(project.DocumentsFor(parse.GetValue(document)));
            if (parse.GetValue(json))
            {
                WriteJson(report);
            }
            else
            {
                StatusTables.Write(report);
            }

            return 0;
        }));
        return command;
    }

    private static void WriteJson(StatusReport report)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var document in report.Documents)
            {
                Write(json, document);
            }

            json.WriteEndArray();
            json.WritePropertyName("total");
            Write(json, report.Total);
            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static void Write(Utf8JsonWriter json, DocumentStatus status)
    {
        json.WriteStartObject();
        json.WriteString("document", status.DocumentId);
        json.WriteNumber("segments", status.Total.Segments);
        json.WriteNumber("words", status.Total.Words);
        json.WriteStartObject("bands");
        foreach (var band in ProjectStatus.Bands)
        {
            WriteTally(json, band, status.Bands[band]);
        }

        json.WriteEndObject();
        json.WriteStartObject("statuses");
        foreach (var (key, tally) in status.Statuses)
        {
            WriteTally(json, PlainSegmentView.Status(key), tally);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter json, string name, Tally tally)
    {
        json.WriteStartObject(name);
        json.WriteNumber("segments", tally.Segments);
        json.WriteNumber("words", tally.Words);
        json.WriteEndObject();
    }
}
