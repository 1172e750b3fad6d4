namespace Publish.Glossary;

/// <summary>
/// The managed glossary: every entry of the <c>*.tsv</c> files of a folder (glossary/README.md), with a content
/// version. Callers outside <c>Publish.Glossary</c> should write <c>Publish.Glossary.Glossary</c> or put
/// <c>using Publish.Glossary;</c> inside their namespace, because the namespace shadows this type's name.
/// </summary>
public sealed class Glossary
{
    private readonly Dictionary<string, GlossaryEntry> _byId;

    internal Glossary(IReadOnlyList<GlossaryEntry> entries)
    {
        Entries = entries;
        _byId = entries.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, StringComparer.Ordinal);
        Version = GlossaryVersion.Of(entries);
    }

    /// <summary>The entries in file-name order, then line order: the order that breaks ties when matching.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>"g-" and 16 hex digits of a SHA-256 over the entries sorted by id; see <see cref="GlossaryVersion"/>.</summary>
    public string Version { get; }

    public GlossaryEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads every <c>*.tsv</c> in <paramref name="directory"/>; throws on the first error (warnings are ignored).</summary>
    /// <exception cref="PublishInputException">The folder is missing or a file has an error; names the file and line.</exception>
    public static Glossary Load(string directory) => Load(GlossarySourceFile.ReadDirectory(directory));

    /// <summary>Every error and warning of the glossary in <paramref name="directory"/>, in file and line order.</summary>
    /// <exception cref="PublishInputException">The folder does not exist.</exception>
    public static GlossaryCheckResult Check(string directory) => Check(GlossarySourceFile.ReadDirectory(directory)).Result;

    internal static Glossary Load(IReadOnlyList<GlossarySourceFile> files)
    {
        var (result, entries) = Check(files);
        if (result.Errors.FirstOrDefault() is { } error)
        {
            throw new PublishInputException(error.File, error.Message, error.Line);
        }

        return new Glossary(entries);
    }

    internal static (GlossaryCheckResult Result, IReadOnlyList<GlossaryEntry> Entries) Check(IReadOnlyList<GlossarySourceFile> files)
    {
        var issues = new List<GlossaryIssue>();
        var entries = new List<GlossaryEntry>();
        foreach (var file in files)
        {
            entries.AddRange(GlossaryTsvParser.Parse(file, issues));
        }

        GlossaryValidator.CheckAcrossEntries(entries, issues);
        var fileOrder = files.Select((f, i) => (f.DisplayPath, i)).ToDictionary(p => p.DisplayPath, p => p.i, StringComparer.Ordinal);
        var ordered = issues
            .OrderBy(i => fileOrder.GetValueOrDefault(i.File, int.MaxValue))
            .ThenBy(i => i.Line)
            .ThenByDescending(i => i.Severity)
            .ToList();
        return (new GlossaryCheckResult(ordered, entries.Count), entries);
    }
}
