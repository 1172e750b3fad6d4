namespace Publish.Glossary;

/// <summary>
/// Finds the glossary a command should use: the directory the user named; else ./glossary when it holds
/// glossary files (working in a checkout or project); else the glossary shipped next to the program.
/// </summary>
public static class GlossaryLocator
{
    public const string FolderName = "glossary";

    /// <summary>The glossary directory to load, or null when there is none anywhere.</summary>
    /// <exception cref="PublishInputException">The named directory does not exist.</exception>
    public static string? Find(string? named)
    {
        if (named is not null)
        {
            return Directory.Exists(named) ? named : throw new PublishInputException(named, "glossary directory not found");
        }

        foreach (var candidate in new[] { FolderName, Path.Combine(AppContext.BaseDirectory, FolderName) })
        {
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.tsv").Any())
            {
                return candidate;
            }
        }

        return null;
    }
}
