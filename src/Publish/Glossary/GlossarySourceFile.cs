namespace Publish.Glossary;

/// <summary>
/// The raw bytes of one glossary file, wherever they came from (a folder or a git revision).
/// <paramref name="DisplayPath"/> is what messages print; <paramref name="Name"/> decides the reading order.
/// </summary>
internal sealed record GlossarySourceFile(string Name, string DisplayPath, byte[] Content)
{
    /// <summary>
    /// Every <c>*.tsv</c> file of a folder, in ordinal file-name order (glossary/README.md). Messages name the
    /// files under <paramref name="displayDirectory"/> (default: <paramref name="directory"/> as given).
    /// </summary>
    public static IReadOnlyList<GlossarySourceFile> ReadDirectory(string directory, string? displayDirectory = null)
    {
        displayDirectory ??= directory;
        if (File.Exists(directory))
        {
            throw new PublishInputException(displayDirectory, "is a file; expected a glossary directory");
        }

        if (!Directory.Exists(directory))
        {
            throw new PublishInputException(displayDirectory, "glossary directory not found");
        }

        // Filter by extension ourselves: on Windows "*.tsv" would also match "x.tsvx".
        return Directory.EnumerateFiles(directory)
            .Where(p => p.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal)
            .Select(name => new GlossarySourceFile(name, Path.Combine(displayDirectory, name), File.ReadAllBytes(Path.Combine(directory, name))))
            .ToList();
    }
}
