namespace Publish;

/// <summary>
/// Bad input the user can fix: a missing, empty, binary or malformed file. The CLI prints it as one line,
/// <c>FILE[:LINE]: message</c>, and exits 1.
/// </summary>
public sealed class PublishInputException : Exception
{
    public PublishInputException(string file, string message, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int? Line { get; }

    public string Describe() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}
