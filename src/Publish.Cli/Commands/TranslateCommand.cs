using System.CommandLine;
using Publish.Cli.Editor;
using Publish.Projects;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish translate [DOC]</c>: the segment-by-segment editor. On a terminal it is interactive; with
/// standard input redirected it reads one command per line (a script, a test); <c>--set ID "English"</c>
/// confirms one segment directly.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create()
    {
        var document = new Argument<string?>("doc") { Arity = ArgumentArity.ZeroOrOne, Description = "Document id or a unique prefix (may be left out when the project has one document)." };
        var set = new Option<string[]>("--set") { Description = "Confirm one segment: --set SEGMENT_ID \"English\".", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var minimum = new Option<int>("--min") { Description = "Lowest match score to show.", DefaultValueFactory = _ => 50 };
        var user = ProjectCli.UserOption();
        var command = new Command("translate", "Translate segment by segment: matches, terms, placeables; every confirmation saved at once and written to the memory.") { document, set, minimum, user };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            using var memory = ProjectCli.OpenMemory(project);
            var id = project.ResolveDocument(parse.GetValue(document));
            var options = new SessionOptions(ProjectCli.User(parse, user), parse.GetValue(minimum), 5, project.Config.SourceLanguage, project.Config.TargetLanguage);
            var session = new TranslationSession(project.Store, memory, id, options);
            if (parse.GetValue(set) is [var segmentId, var english])
            {
                return SetOne(session, segmentId, english);
            }

            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                return ScriptedEditor.Run(session, Console.In, Console.Out);
            }

            return InteractiveEditor.Run(session, AnsiConsole.Console);
        }));
        return command;
    }

    private static int SetOne(TranslationSession session, string segmentId, string english)
    {
        if (!session.GoTo(segmentId))
        {
            throw new PublishInputException(session.DocumentId, $"no segment '{segmentId}'");
        }

        if (string.IsNullOrWhiteSpace(english))
        {
            throw new PublishInputException(session.DocumentId, $"{segmentId}: the English text is empty");
        }

        session.SetText(english);
        var saved = session.Confirm()!;
        Console.WriteLine($"{session.DocumentId}:{saved.SegmentId}: translated: {saved.Target}");
        return 0;
    }
}
