using System.CommandLine;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary><c>publish pretranslate [DOC] [--min N]</c>: fill targets from the project memory.</summary>
internal static class PretranslateCommand
{
    public static Command Create()
    {
        var document = new Argument<string?>("doc") { Arity = ArgumentArity.ZeroOrOne, Description = "Document id or a unique prefix (default: every document)." };
        var minimum = new Option<int?>("--min") { Description = "Lowest fuzzy score to fill in as a draft (default: publish.json pretranslateMinimum, 75)." };
        minimum.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 50 or > 100)
            {
                result.AddError("--min must be between 50 and 100");
            }
        });
        var command = new Command("pretranslate", "Fill targets from the memory: exact matches as translated, fuzzy ones as drafts; reviewed and translator work is kept.") { document, minimum };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            using var project = ProjectCli.Open();
            using var memory = ProjectCli.OpenMemory(project);
            var pretranslator = new Pretranslator(project.Store, memory);
            foreach (var id in project.DocumentsFor(parse.GetValue(document)))
            {
                var result = pretranslator.Run(id, parse.GetValue(minimum) ?? project.Config.PretranslateMinimum);
                Console.WriteLine($"{id}: {result.Translated} translated (exact), {result.Drafts} drafts (fuzzy, repaired, terms), {result.Unmatched} without a match, {result.Protected} kept (reviewed or by a translator)");
            }

            return 0;
        }));
        return command;
    }
}
