using Publish.Projects;

namespace Publish.Cli.Editor;

/// <summary>
/// The editor without a terminal: one command per input line (<see cref="SessionCommands.Help"/>), the
/// segment shown again whenever the current one changes. Every confirmation is already saved when its
/// reply is printed, so a script or a killed process loses nothing confirmed.
/// </summary>
internal static class ScriptedEditor
{
    public static int Run(TranslationSession session, TextReader input, TextWriter output)
    {
        PlainSegmentView.Write(output, session.Current);
        var errors = 0;
        while (input.ReadLine() is { } line)
        {
            var before = (session.Position, session.Pending);
            var reply = SessionCommands.Execute(session, line);
            if (reply is null)
            {
                break;
            }

            if (reply.IsError)
            {
                errors++;
                output.WriteLine($"! {reply.Message}");
            }
            else if (reply.Message.Length > 0)
            {
                output.WriteLine(reply.Message);
            }

            foreach (var hit in reply.Hits?.Take(20) ?? [])
            {
                output.WriteLine($"   {hit.SegmentId,-10} {hit.Source}");
            }

            if (session.Position != before.Position)
            {
                PlainSegmentView.Write(output, session.Current);
            }
            else if (session.Pending is not null && session.Pending != before.Pending)
            {
                output.WriteLine($"   edit: {session.Pending}");
            }

            output.Flush();
        }

        output.WriteLine($"{session.DocumentId}: {session.Count - session.Unfinished} of {session.Count} segments confirmed, {session.Unfinished} unfinished");
        return errors == 0 ? 0 : 1;
    }
}
