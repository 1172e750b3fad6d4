using System.CommandLine;
using Publish.Projects;
using Publish.Rebuild;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish rebuild [--dry-run] [--since VERSION]</c>: follow a glossary change in every document (docs/rebuild.md).
/// Ctrl+C stops after the documents in progress; each finished document is committed, so a rerun continues.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var since = new Option<string?>("--since") { Description = "Compare with this glossary instead of the one each document was built with: a stored version (g-…), a folder or a git revision." };
        var command = new Command("rebuild", "Bring every document to the current glossary: update renderings safely, flag the rest for review, re-render changed outputs, write a report.") { dryRun, since };
        command.SetAction((parse, cancellation) => Task.FromResult(CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            using var memory = ProjectCli.OpenMemory(project);
            var options = new RebuildOptions { DryRun = parse.GetValue(dryRun), Since = parse.GetValue(since), Renderers = new ProjectRenderer(project).Renderers() };
            var rebuild = new ProjectRebuild(project, memory);
            var report = Console.IsErrorRedirected
                ? rebuild.Run(options, null, cancellation)
                : WithProgressBar(rebuild, options, cancellation);
            Console.WriteLine(RebuildReportMarkdown.Summary(report));
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"publish: error: {failure.DocumentId}: {failure.Message}");
            }

            if (options.DryRun)
            {
                Console.Write(RebuildReportMarkdown.Write(report));
            }
            else if (!report.Interrupted && !report.NothingToDo)
            {
                var (markdown, json) = RebuildReportFiles.Write(project, report);
                Console.WriteLine($"Report: {Path.GetRelativePath(project.Root, markdown)}, {Path.GetRelativePath(project.Root, json)}");
            }

            return report.Failures.Count > 0 || report.Interrupted ? 1 : 0;
        })));
        return command;
    }

    private static RebuildReport WithProgressBar(ProjectRebuild rebuild, RebuildOptions options, CancellationToken cancellation)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress().Start(context =>
        {
            var task = context.AddTask("rebuild", maxValue: 1);
            var progress = new Progress<RebuildProgress>(p =>
            {
                task.MaxValue = p.Total;
                task.Value = Math.Max(task.Value, p.Done);
                task.Description = p.DocumentId;
            });
            return rebuild.Run(options, progress, cancellation);
        });
    }
}
