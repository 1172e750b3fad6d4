using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary><c>publish qa [DOC] [--json]</c>: <c>file:segment: severity: message</c> lines; exit 1 while errors remain.</summary>
internal static class QaCommand
{
    public static Command Create()
    {
        var document = new Argument<string?>("doc") { Arity = ArgumentArity.ZeroOrOne, Description = "Document id or a unique prefix (default: every document)." };
        var json = new Option<bool>("--json") { Description = "Write the findings as JSON." };
        var command = new Command("qa", "Check translations: terms, forbidden renderings, numbers and dates, empty or untranslated, inconsistency, spaces, punctuation.") { document, json };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var issues = new ProjectQa(project.Store, project.LoadGlossary()).Check(project.DocumentsFor(parse.GetValue(document)));
            var errors = issues.Count(i => i.Severity == QaSeverity.Error);
            if (parse.GetValue(json))
            {
                WriteJson(issues);
            }
            else
            {
                foreach (var issue in issues)
                {
                    Console.WriteLine(issue.ToString());
                }

                Console.Error.WriteLine($"{errors} errors, {issues.Count - errors} warnings");
            }

            return errors == 0 ? 0 : 1;
        }));
        return command;
    }

    private static void WriteJson(IReadOnlyList<QaIssue> issues)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var issue in issues)
            {
                json.WriteStartObject();
                json.WriteString("file", issue.File);
                json.WriteString("document", issue.DocumentId);
                json.WriteString("segment", issue.SegmentId);
                json.WriteString("severity", issue.Severity == QaSeverity.Error ? "error" : "warning");
                json.WriteString("code", issue.Code);
                json.WriteString("message", issue.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        stdout.WriteByte((byte)'\n');
    }
}
