using System.CommandLine;

namespace Publish.Cli.Commands;

/// <summary><c>publish segment FILE... [--format json|text] [-o OUT]</c>.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "Source documents (text, DOCX, Markdown)." };
        var command = new Command("segment", "Ingest documents, rebuild their structure and split them into annotated segments.");
        command.Arguments.Add(files);
        command.SetAction(parse => 0);
        return command;
    }
}
