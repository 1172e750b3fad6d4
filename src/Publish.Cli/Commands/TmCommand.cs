using System.CommandLine;
using Microsoft.Data.Sqlite;
using Publish.Memory.Sqlite;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish tm …</c>: the translation memory commands. Every subcommand takes <c>--tm PATH</c>; without
/// it the memory is <c>$PUBLISH_TM</c>, else the memory of the project the current folder is in, else
/// <c>~/.publish/tm.db</c>, created on first use.
/// </summary>
internal static class TmCommand
{
    public const string EnvironmentVariable = "PUBLISH_TM";

    public static Option<string?> MemoryOption { get; } = new("--tm")
    {
        Description = $"Translation memory file (default: ${EnvironmentVariable}, else the current project's, else ~/.publish/tm.db).",
        Recursive = true,
    };

    public static Command Create()
    {
        var command = new Command("tm", "Translation memory: import and export TMX, look up sentences, search, statistics.")
        {
            MemoryOption,
        };
        command.Subcommands.Add(TmImportCommand.Create());
        command.Subcommands.Add(TmExportCommand.Create());
        command.Subcommands.Add(TmLookupCommand.Create());
        command.Subcommands.Add(TmConcordanceCommand.Create());
        command.Subcommands.Add(TmStatsCommand.Create());
        return command;
    }

    public static string ResolvePath(ParseResult parse)
    {
        if (parse.GetValue(MemoryOption) is { Length: > 0 } given)
        {
            return given;
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Publish.Projects.PublishProject.FindMemoryPath(Environment.CurrentDirectory) is { } projectMemory)
        {
            return projectMemory;
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".publish", "tm.db");
    }

    /// <summary>Opens the memory; a file that is not one is the user's input error, reported as such.</summary>
    public static SqliteTranslationMemory Open(ParseResult parse)
    {
        var path = ResolvePath(parse);
        if (Directory.Exists(path))
        {
            throw new PublishInputException(path, "is a directory, not a translation memory file");
        }

        try
        {
            return SqliteTranslationMemory.Open(path);
        }
        catch (SqliteException e)
        {
            throw new PublishInputException(path, "cannot open as a translation memory: " + e.Message.Replace('\n', ' '), inner: e);
        }
        catch (InvalidOperationException e)
        {
            throw new PublishInputException(path, e.Message, inner: e);
        }
    }
}
