using System.CommandLine;
using Publish.Projects;
using Publish.Rendering;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish render DOC|--all --layout bilingual|english|brief --format docx|pdf|md [--template NAME] [-o OUT]</c>:
/// writes the project's documents as briefings, through the build manifest (an output whose inputs did not
/// change is left alone, bytes and timestamp).
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var document = new Argument<string?>("doc") { Arity = ArgumentArity.ZeroOrOne, Description = "Document id or a unique prefix." };
        var all = new Option<bool>("--all") { Description = "Render every document of the project." };
        var layouts = new Option<RenderLayout[]>("--layout") { Description = "bilingual, english or brief (several allowed; default: bilingual and english).", AllowMultipleArgumentsPerToken = true };
        var formats = new Option<string[]>("--format") { Description = "docx, pdf or md (md: brief only; several allowed; default: docx and pdf).", AllowMultipleArgumentsPerToken = true };
        var template = new Option<string?>("--template") { Description = "Template name in the project's templates/ (default: briefing, or brief for the brief layout)." };
        var output = new Option<string?>("--output", "-o") { Description = "Output folder (default: the project's output/), or the file when one output is rendered." };
        var options = RenderOptionsBinder.Options();
        var command = new Command("render", "Render documents as bilingual or English DOCX/PDF, or as the English brief (Markdown, DOCX, PDF).")
        {
            document, all, layouts, formats, template, output,
        };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(document) is null == !result.GetValue(all))
            {
                result.AddError("name one document or give --all");
            }
        });
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var ids = parse.GetValue(all) ? project.DocumentsFor(null) : [project.ResolveDocument(parse.GetValue(document))];
            var layoutList = parse.GetValue(layouts) is { Length: > 0 } l ? l : [RenderLayout.Bilingual, RenderLayout.English];
            var formatList = parse.GetValue(formats) is { Length: > 0 } f ? f.Select(ParseFormat).ToArray() : [RenderFormat.Docx, RenderFormat.Pdf];
            var jobs = ProjectRenderer.Plan(ids, layoutList, formatList);
            if (jobs.Count == 0)
            {
                throw new PublishInputException(project.Root, "nothing to render: Markdown is written for the brief layout only");
            }

            var target = parse.GetValue(output);
            var file = jobs.Count == 1 && target is not null && Path.HasExtension(target) ? target : null;
            var folder = Path.GetFullPath(file is null && target is not null ? target : project.OutputPath);
            var baseOptions = options.Read(parse) with { Template = parse.GetValue(template) };
            var results = RenderWithProgress(new ProjectRenderer(project), jobs, folder, baseOptions, file);
            return Report(results, file is null ? folder : Path.GetFullPath(file));
        }));
        return command;
    }

    private static IReadOnlyList<RenderResult> RenderWithProgress(ProjectRenderer renderer, IReadOnlyList<RenderJob> jobs, string folder, RenderOptions options, string? file)
    {
        if (Console.IsErrorRedirected || jobs.Count == 1)
        {
            return renderer.Render(jobs, folder, options, null, file);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("render", maxValue: jobs.Count);
            return renderer.Render(jobs, folder, options, _ => task.Increment(1), file);
        });
    }

    private static int Report(IReadOnlyList<RenderResult> results, string where)
    {
        foreach (var result in results)
        {
            if (result.Error is not null)
            {
                Console.Error.WriteLine($"publish: error: {result.Error}");
            }
            else
            {
                Console.WriteLine($"{(result.Written ? "wrote     " : "up to date")} {result.Path}");
            }
        }

        var written = results.Count(r => r.Written);
        var failed = results.Count(r => r.Error is not null);
        Console.WriteLine($"{results.Count} outputs in {where}: {written} written, {results.Count - written - failed} up to date, {failed} failed");
        return failed > 0 ? 1 : 0;
    }

    private static RenderFormat ParseFormat(string format) => format.ToLowerInvariant() switch
    {
        "docx" => RenderFormat.Docx,
        "pdf" => RenderFormat.Pdf,
        "md" or "markdown" => RenderFormat.Markdown,
        _ => throw new PublishInputException(format, "unknown format: use docx, pdf or md"),
    };
}
