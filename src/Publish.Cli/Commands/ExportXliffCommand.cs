using System.CommandLine;
using Publish.Interchange.Xliff;
using Publish.IO;

namespace Publish.Cli.Commands;

/// <summary><c>publish export xliff DOC --version 2.1|1.2 -o FILE</c>, written atomically.</summary>
internal static class ExportXliffCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("doc") { Description = "Document id or a unique prefix." };
        var version = new Option<string>("--version") { Description = "XLIFF version.", DefaultValueFactory = _ => "2.1" };
        version.AcceptOnlyFromAmong("2.1", "1.2");
        var output = new Option<string>("--output", "-o") { Description = "XLIFF file to write.", Required = true };
        var command = new Command("xliff", "Export one document as XLIFF 2.1 or 1.2 (segment ids, states, term notes, footnote placeholders).") { document, version, output };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var id = project.ResolveDocument(parse.GetValue(document));
            var translated = project.Store.LoadTranslated(id);
            var xliffVersion = parse.GetValue(version) == "1.2" ? XliffVersion.V12 : XliffVersion.V21;
            var path = parse.GetValue(output)!;
            AtomicFile.Write(path, stream => XliffWriter.Write(translated, xliffVersion, stream, project.Config.SourceLanguage));
            Console.WriteLine($"{id}: {translated.Source.Segments.Count()} segments → {path} (XLIFF {parse.GetValue(version)})");
            return 0;
        }));
        return command;
    }
}
