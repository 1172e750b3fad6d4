namespace Publish.Interchange.Tmx;

/// <summary>Helpers that turn XmlReader's exceptions into the one-line <c>file:line: message</c> users read.</summary>
internal static class TmxInputErrors
{
    /// <summary>XmlReader reports a prohibited DTD without a position; the DOCTYPE is near the top, so find it.</summary>
    public static int? DoctypeLine(string path)
    {
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Contains("<!DOCTYPE", StringComparison.Ordinal))
            {
                return line;
            }

            if (line > 1_000)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>XmlException messages add a position sentence; the CLI line has its own.</summary>
    public static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
