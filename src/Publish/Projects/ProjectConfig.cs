using System.Text.Json;
using Publish.IO;

namespace Publish.Projects;

/// <summary>
/// <c>publish.json</c> in the project root: the languages and where the project keeps its glossary, memory,
/// sources, templates and outputs. Paths are relative to the project root (absolute paths are allowed).
/// </summary>
public sealed record ProjectConfig
{
    public const string FileName = "publish.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public string SourceLanguage { get; init; } = "nl-NL";

    public string TargetLanguage { get; init; } = "en-GB";

    /// <summary>Glossary folder; when it holds no <c>*.tsv</c> the glossary shipped with publish is used.</summary>
    public string Glossary { get; init; } = "glossary";

    /// <summary>The project's translation memory (SQLite), written on every confirmation.</summary>
    public string Memory { get; init; } = ".publish/tm.db";

    public string Sources { get; init; } = "sources";

    public string Templates { get; init; } = "templates";

    public string Output { get; init; } = "output";

    /// <summary>Lowest fuzzy score pretranslation fills in as a draft.</summary>
    public int PretranslateMinimum { get; init; } = 75;

    /// <exception cref="PublishInputException">The file is not valid JSON or names no languages.</exception>
    public static ProjectConfig Read(string path)
    {
        ProjectConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<ProjectConfig>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new PublishInputException(path, "not a valid project file: " + e.Message, (int?)e.LineNumber + 1, e);
        }

        if (config is null || string.IsNullOrWhiteSpace(config.SourceLanguage) || string.IsNullOrWhiteSpace(config.TargetLanguage))
        {
            throw new PublishInputException(path, "the project file must name sourceLanguage and targetLanguage");
        }

        return config;
    }

    public void Write(string path) =>
        AtomicFile.Write(path, stream =>
        {
            JsonSerializer.Serialize(stream, this, Options);
            stream.WriteByte((byte)'\n');
        });
}
