using Publish.Projects;
using Spectre.Console;

namespace Publish.Cli.Editor;

/// <summary>
/// The editor on a terminal: the segment screen (<see cref="SegmentScreen"/>) redrawn after every command,
/// and a prompt taking the same short commands as the scriptable loop. Ctrl+C simply ends the process:
/// every confirmation was saved when it was made.
/// </summary>
internal static class InteractiveEditor
{
    public static int Run(TranslationSession session, IAnsiConsole console)
    {
        SessionReply? reply = new("h lists the commands; a bare number takes that match, c confirms");
        while (true)
        {
            console.Clear();
            SegmentScreen.Render(console, session.Current, session);
            if (reply is { Message.Length: > 0 })
            {
                console.MarkupLine(reply.IsError ? $"[red]{Markup.Escape(reply.Message)}[/]" : $"[grey]{Markup.Escape(reply.Message)}[/]");
            }

            foreach (var hit in reply?.Hits?.Take(8) ?? [])
            {
                console.MarkupLine($"  [blue]{Markup.Escape(hit.SegmentId)}[/] {Markup.Escape(Shorten(hit.Source))}");
            }

            var line = console.Prompt(new TextPrompt<string>("[bold yellow]>[/]").AllowEmpty());
            reply = SessionCommands.Execute(session, line);
            if (reply is null)
            {
                break;
            }
        }

        console.MarkupLine($"[green]{Markup.Escape(session.DocumentId)}: {session.Count - session.Unfinished} of {session.Count} segments confirmed[/], {session.Unfinished} unfinished");
        return 0;
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
