using System.CommandLine;
using Publish.Interchange.Tmx;
using Publish.IO;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary><c>publish export tmx -o FILE</c>: the project's translated and reviewed segments as TMX 1.4b.</summary>
internal static class ExportTmxCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output", "-o") { Description = "TMX file to write.", Required = true };
        var command = new Command("tmx", "Export the project's confirmed translations (translated, reviewed) as TMX 1.4b.") { output };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            var path = parse.GetValue(output)!;
            long count = 0;
            AtomicFile.Write(path, stream => count = TmxWriter.Write(stream, ProjectTmx.ConfirmedUnits(project.Store, project.Config), project.Config.SourceLanguage));
            Console.WriteLine($"{count} confirmed translations → {path}");
            return 0;
        }));
        return command;
    }
}
