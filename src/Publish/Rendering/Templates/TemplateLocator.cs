namespace Publish.Rendering.Templates;

/// <summary>
/// Finds a template by name: in the folder the options give, else in <c>templates/</c> of the current
/// directory or above it (a checkout), else next to the program (an installed copy).
/// </summary>
internal static class TemplateLocator
{
    public const string FolderName = "templates";

    public static TemplateFile Find(string name, string? directory) => TemplateFile.Load(Locate(name, directory));

    /// <summary>The path of the template <see cref="Find"/> would load, without reading it (the build manifest hashes it).</summary>
    public static string Locate(string name, string? directory)
    {
        if (name.Length == 0 || name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
        {
            throw new PublishInputException(name, "a template name is a file name without folder, e.g. 'brief'");
        }

        var folders = directory is not null ? [directory] : Candidates();
        return folders.Select(folder => Path.Combine(folder, name + ".md")).FirstOrDefault(File.Exists)
            ?? throw new PublishInputException(directory ?? FolderName, $"no template '{name}.md' in {string.Join(", ", folders)}");
    }

    private static List<string> Candidates()
    {
        var folders = new List<string>();
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            folders.Add(Path.Combine(dir.FullName, FolderName));
        }

        folders.Add(Path.Combine(AppContext.BaseDirectory, FolderName));
        return folders.Where(Directory.Exists).ToList() is { Count: > 0 } found ? found : folders;
    }
}
