using System.CommandLine;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary><c>publish init [DIR]</c>: a project folder with publish.json, sources/ and the project store.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "Project folder (created when missing).", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Create a translation project: publish.json, sources/, .publish/project.db.") { directory };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = PublishProject.Init(parse.GetValue(directory)!);
            Console.WriteLine($"Initialised project in {project.Root} ({project.Config.SourceLanguage} → {project.Config.TargetLanguage}); add documents with 'publish add FILE'.");
            return 0;
        }));
        return command;
    }
}
