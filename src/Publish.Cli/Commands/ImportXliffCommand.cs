using System.CommandLine;
using Publish.Interchange.Xliff;

namespace Publish.Cli.Commands;

/// <summary><c>publish import xliff FILE</c>: everything checked first, then written in one transaction.</summary>
internal static class ImportXliffCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "XLIFF 2.x or 1.2 file exported by publish and edited elsewhere." };
        var user = ProjectCli.UserOption();
        var document = new Option<string?>("--doc") { Description = "The document the units belong to, when the file does not name it (e.g. after a PO round trip)." };
        var command = new Command("xliff", "Import the targets of an XLIFF 2.x or 1.2 file; a bad file changes nothing.") { file, user, document };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var path = parse.GetValue(file)!;
            var documentId = parse.GetValue(document) is { } named ? project.ResolveDocument(named) : null;
            var result = new XliffImporter(project.Store).Import(path, ProjectCli.User(parse, user), documentId);
            Console.WriteLine($"{path}: {result.Units} units, {result.Updated} updated, {result.Unchanged} unchanged, {result.WithoutTarget} without a target");
            return 0;
        }));
        return command;
    }
}
