using Publish.Memory.Sqlite;

namespace Publish.Projects;

/// <summary>
/// A translation project: a folder with <c>publish.json</c>, a <c>sources/</c> folder with the added
/// documents, and <c>.publish/</c> with the project store and (by default) the project memory. Commands
/// find the project by walking up from the current directory, as git finds its repository.
/// </summary>
public sealed class PublishProject : IDisposable
{
    public const string StateFolder = ".publish";
    public const string StoreFile = "project.db";

    private PublishProject(string root, ProjectConfig config, IProjectStore store)
    {
        Root = root;
        Config = config;
        Store = store;
    }

    public string Root { get; }

    public ProjectConfig Config { get; }

    public IProjectStore Store { get; }

    public string SourcesPath => Resolve(Config.Sources);

    public string MemoryPath => Resolve(Config.Memory);

    public string GlossaryPath => Resolve(Config.Glossary);

    public string TemplatesPath => Resolve(Config.Templates);

    public string OutputPath => Resolve(Config.Output);

    /// <summary>Creates a project in <paramref name="directory"/> (created when missing) and opens it.</summary>
    /// <exception cref="PublishInputException">The folder already holds a project.</exception>
    public static PublishProject Init(string directory)
    {
        var root = Path.GetFullPath(directory);
        var configPath = Path.Combine(root, ProjectConfig.FileName);
        if (File.Exists(configPath))
        {
            throw new PublishInputException(configPath, "a project already exists here");
        }

        var config = new ProjectConfig();
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, config.Sources));
        Directory.CreateDirectory(Path.Combine(root, StateFolder));
        config.Write(configPath);
        return Open(root, config);
    }

    /// <summary>Opens the project that contains <paramref name="directory"/> (this folder or one above it).</summary>
    /// <exception cref="PublishInputException">No folder up to the file system root has a <c>publish.json</c>.</exception>
    public static PublishProject Open(string directory)
    {
        var start = Path.GetFullPath(directory);
        var root = FindRoot(start)
            ?? throw new PublishInputException(start, $"not inside a Publish project (no {ProjectConfig.FileName} here or above); create one with 'publish init'");
        return Open(root, ProjectConfig.Read(Path.Combine(root, ProjectConfig.FileName)));
    }

    /// <summary>The root of the project containing <paramref name="directory"/>, or null outside any project.</summary>
    public static string? FindRoot(string directory)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectConfig.FileName)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>The memory file of the project containing <paramref name="directory"/>, or null outside any project.</summary>
    public static string? FindMemoryPath(string directory)
    {
        if (FindRoot(directory) is not { } root)
        {
            return null;
        }

        var config = ProjectConfig.Read(Path.Combine(root, ProjectConfig.FileName));
        return Path.GetFullPath(Path.Combine(root, config.Memory));
    }

    /// <summary>The glossary the project uses: its own folder when it holds <c>*.tsv</c> files, else the one shipped with publish, else none.</summary>
    public Glossary.Glossary? LoadGlossary()
    {
        foreach (var candidate in new[] { GlossaryPath, Path.Combine(AppContext.BaseDirectory, Publish.Glossary.GlossaryLocator.FolderName) })
        {
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.tsv").Any())
            {
                return Publish.Glossary.Glossary.Load(candidate);
            }
        }

        return null;
    }

    public SqliteTranslationMemory OpenMemory() => SqliteTranslationMemory.Open(MemoryPath);

    /// <summary>
    /// The document named by <paramref name="idOrPrefix"/>: an exact id, or a prefix that names one document
    /// ("004" for "004_938116419a6a225b"); null names the only document of the project.
    /// </summary>
    /// <exception cref="PublishInputException">No document, or more than one, fits.</exception>
    public string ResolveDocument(string? idOrPrefix)
    {
        var ids = Store.Documents().Select(d => d.Id).ToList();
        if (idOrPrefix is null)
        {
            return ids.Count == 1 ? ids[0] : throw new PublishInputException(Root, ids.Count == 0
                ? "the project has no documents yet; add one with 'publish add FILE'"
                : $"the project has {ids.Count} documents; name one: {string.Join(", ", ids)}");
        }

        var name = Path.GetFileNameWithoutExtension(idOrPrefix);
        if (ids.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        var fits = ids.Where(id => id.StartsWith(name, StringComparison.Ordinal)).ToList();
        return fits.Count switch
        {
            1 => fits[0],
            0 => throw new PublishInputException(idOrPrefix, "no such document in the project"),
            _ => throw new PublishInputException(idOrPrefix, $"names {fits.Count} documents: {string.Join(", ", fits)}"),
        };
    }

    /// <summary>The documents a command applies to: the one named, or all of them.</summary>
    public IReadOnlyList<string> DocumentsFor(string? idOrPrefix) =>
        idOrPrefix is null ? Store.Documents().Select(d => d.Id).ToList() : [ResolveDocument(idOrPrefix)];

    public void Dispose() => Store.Dispose();

    private static PublishProject Open(string root, ProjectConfig config) =>
        new(root, config, SqliteProjectStore.Open(Path.Combine(root, StateFolder, StoreFile), config.TargetLanguage));

    private string Resolve(string path) => Path.GetFullPath(Path.Combine(Root, path));
}
