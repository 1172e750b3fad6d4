namespace Publish.Rendering.Templates;

/// <summary>
/// A template: Markdown with front matter between "---" lines. The front matter is flat <c>key: value</c>
/// pairs (a YAML subset: no nesting, optional quotes); values and body are Liquid templates.
/// </summary>
internal sealed class TemplateFile
{
    private TemplateFile(string path, IReadOnlyDictionary<string, string> settings, string body, int bodyLine)
    {
        Path = path;
        Settings = settings;
        Body = body;
        BodyLine = bodyLine;
    }

    public string Path { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public string Body { get; }

    /// <summary>1-based line of the body in the file, for error messages.</summary>
    public int BodyLine { get; }

    public static TemplateFile Load(string path)
    {
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new PublishInputException(path, "a template starts with front matter: a '---' line, 'key: value' lines, a '---' line", 1);
        }

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        int index = 1;
        for (; index < lines.Length && lines[index].Trim() != "---"; index++)
        {
            var line = lines[index];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new PublishInputException(path, $"front matter line is not 'key: value': {line.Trim()}", index + 1);
            }

            settings[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
        }

        if (index == lines.Length)
        {
            throw new PublishInputException(path, "front matter is not closed by a '---' line", 1);
        }

        return new TemplateFile(path, settings, string.Join('\n', lines[(index + 1)..]), index + 2);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
