using System.CommandLine;
using Microsoft.Data.Sqlite;
using Publish.Memory.Sqlite;
using Publish.Projects;

namespace Publish.Cli.Commands;

/// <summary>What the project commands share: finding the project from the current directory, its memory, and who is working.</summary>
internal static class ProjectCli
{
    public const string UserVariable = "PUBLISH_USER";

    public static Option<string?> UserOption() => new("--user") { Description = $"Who is translating (default: ${UserVariable}, else the login name)." };

    public static PublishProject Open() => PublishProject.Open(Environment.CurrentDirectory);

    public static string User(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(UserVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : Environment.UserName;

    public static SqliteTranslationMemory OpenMemory(PublishProject project)
    {
        try
        {
            return project.OpenMemory();
        }
        catch (SqliteException e)
        {
            throw new PublishInputException(project.MemoryPath, "cannot open as a translation memory: " + e.Message.Replace('\n', ' '), inner: e);
        }
    }
}
