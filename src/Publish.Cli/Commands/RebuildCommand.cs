using System.CommandLine;
using System.Runtime.InteropServices;
using Publish.Projects;
using Publish.Rebuild;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish rebuild [--dry-run] [--since VERSION]</c>: follow a glossary change in every document (docs/rebuild.md).
/// Ctrl+C stops after the documents (or outputs) in progress; each finished one is committed, so a rerun continues.
/// <see cref="RebuildPause.Variable"/> (a test hook) pauses the run at an exact step until Ctrl+C or a kill.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var since = new Option<string?>("--since") { Description = "Compare with this glossary instead of the one each document was built with: a stored version (g-…), a folder or a git revision." };
        var command = new Command("rebuild", "Bring every document to the current glossary: update renderings safely, flag the rest for review, re-render changed outputs, write a report.") { dryRun, since };
        command.SetAction((parse, invocationCancellation) => Task.FromResult(CliErrors.Guard(() =>
        {
            // The synchronous Invoke of the command line installs no signal handler, so Ctrl+C would kill the
            // process outright: the first SIGINT asks the rebuild to stop after the steps in progress, a second
            // one is left to the default and ends the process (still safe: commits and renames are atomic).
            using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(invocationCancellation);
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal =>
            {
                signal.Cancel = !interrupt.IsCancellationRequested;
                interrupt.Cancel();
            });
            var cancellation = interrupt.Token;
            using var project = ProjectCli.Open();
            using var memory = ProjectCli.OpenMemory(project);
            var options = new RebuildOptions
            {
                DryRun = parse.GetValue(dryRun),
                Since = parse.GetValue(since),
                Renderers = new ProjectRenderer(project).Renderers(),
                PauseAt = RebuildPause.Parse(Environment.GetEnvironmentVariable(RebuildPause.Variable)),
                Paused = pause => Console.Error.WriteLine($"publish rebuild: paused after {pause.After} {pause.Stage.ToString().ToLowerInvariant()} ({RebuildPause.Variable}); waiting for Ctrl+C"),
            };
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
            var documents = context.AddTask("documents", maxValue: 1);
            var outputs = context.AddTask("outputs", autoStart: false, maxValue: 1);
            var progress = new Progress<RebuildProgress>(p =>
            {
                var task = p.Phase == RebuildPhase.Documents ? documents : outputs;
                if (p.Phase == RebuildPhase.Outputs)
                {
                    documents.Value = documents.MaxValue;
                }

                task.StartTask();
                task.MaxValue = p.Total;
                task.Value = Math.Max(task.Value, p.Done);
                task.Description = $"{p.Phase.ToString().ToLowerInvariant()} {p.DocumentId}";
            });
            return rebuild.Run(options, progress, cancellation);
        });
    }
}
