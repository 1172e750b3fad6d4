using System.CommandLine;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish build SOURCE... [--memory TMX] [--brief DOC] -o DIR</c>: the whole pipeline in one command. The
/// project lives in DIR (created on first use); its rendered briefings go to DIR/output.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("sources") { Arity = ArgumentArity.OneOrMore, Description = "Source documents: PDF, PDF-extracted text, DOCX or Markdown." };
        var memories = new Option<string[]>("--memory") { Description = "TMX file to import into the project memory first (repeatable)." };
        var briefs = new Option<string[]>("--brief") { Description = "Document (id or unique prefix) that also gets the English brief (repeatable)." };
        var output = new Option<string>("--output", "-o") { Description = "Project folder (created when missing); outputs go to its output/ folder.", Required = true };
        var command = new Command("build", "Build a project in one go: add sources, import memories, pretranslate, render bilingual and English DOCX and PDF (and briefs).")
        {
            sources, memories, briefs, output,
        };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var folder = parse.GetValue(output)!;
            using var project = File.Exists(Path.Combine(folder, ProjectConfig.FileName)) ? PublishProject.Open(folder) : PublishProject.Init(folder);
            var options = new ProjectBuildOptions
            {
                Sources = parse.GetValue(sources)!,
                Memories = parse.GetValue(memories) ?? [],
                Briefs = parse.GetValue(briefs) ?? [],
            };
            var results = new ProjectBuild(project).Run(options, step =>
            {
                var line = $"{step.Stage,-12} {step.Message}";
                if (step.Failed)
                {
                    Console.Error.WriteLine($"publish: error: {step.Message}");
                }
                else
                {
                    Console.WriteLine(line);
                }
            });
            var failed = results.Count(r => r.Error is not null);
            Console.WriteLine($"{results.Count - failed} outputs in {project.OutputPath}{(failed > 0 ? $" ({failed} failed)" : "")}");
            return failed > 0 ? 1 : 0;
        }));
        return command;
    }
}
