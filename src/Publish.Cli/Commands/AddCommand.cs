using System.CommandLine;
using System.Globalization;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary><c>publish add FILE...</c>: copy into sources/, segment, store; a changed version keeps unchanged translations.</summary>
internal static class AddCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Source documents: PDF-extracted text, DOCX or Markdown." };
        var command = new Command("add", "Add documents to the project (or a new version of one).") { files };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var ingest = new ProjectIngest(project);
            foreach (var file in parse.GetValue(files)!)
            {
                var result = ingest.Add(file);
                var kept = result.Outcome == IngestOutcome.Updated
                    ? $"; {result.TranslationsKept} translations kept, {result.TranslationsDropped} dropped (to history)"
                    : "";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.DocumentId}: {result.Outcome.ToString().ToLowerInvariant()}, {result.Segments:N0} segments, {result.Words:N0} words{kept}"));
            }

            return 0;
        }));
        return command;
    }
}
