namespace Publish.Interchange.Tmx;

/// <summary>
/// Scans the prolog of a TMX file (XML 1.0 §2.8: XML declaration, comments, processing instructions,
/// doctypedecl) before the XmlReader opens it, to decide whether a DOCTYPE may be ignored. A doctypedecl
/// that only names an external DTD (<c>&lt;!DOCTYPE tmx SYSTEM "tmx14.dtd"&gt;</c>, as OmegaT, Trados and
/// Okapi write; TMX 1.4b §1 names that DTD) is accepted and then skipped unread. One with an internal
/// subset (<c>[...]</c>, where entity declarations live: billion laughs, external entities) is refused.
/// The scan fails closed: when it cannot make sense of the prolog it reports no DOCTYPE, so the reader
/// keeps prohibiting DTDs and any DOCTYPE it then meets is refused.
/// </summary>
internal static class TmxProlog
{
    /// <summary>A prolog longer than this is not one a tool wrote; the scan gives up (fail closed).</summary>
    private const int MaximumPrologCharacters = 64 * 1024;

    private const string DoctypeRefused = "DOCTYPE may only name an external DTD: an internal subset (entity declarations) is not allowed in TMX input";

    /// <summary>
    /// True when the prolog holds a DOCTYPE without an internal subset; false when it holds none or the scan
    /// could not tell. Throws <see cref="PublishInputException"/> for a DOCTYPE with an internal subset.
    /// </summary>
    public static bool HasExternalOnlyDoctype(string path)
    {
        var buffer = new char[MaximumPrologCharacters];
        int length;
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            length = reader.ReadBlock(buffer, 0, buffer.Length);
        }

        var text = new ReadOnlySpan<char>(buffer, 0, length);
        var position = 0;
        while (true)
        {
            position = SkipWhitespace(text, position);
            var rest = text[position..];
            if (rest.StartsWith("<?", StringComparison.Ordinal) || rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                var terminator = rest[1] == '?' ? "?>" : "-->";
                var end = rest.IndexOf(terminator, StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                position += end + terminator.Length;
                continue;
            }

            if (!rest.StartsWith("<!DOCTYPE", StringComparison.Ordinal))
            {
                return false;
            }

            if (!ExternalOnly(text, position + "<!DOCTYPE".Length))
            {
                throw new PublishInputException(path, DoctypeRefused, 1 + text[..position].Count('\n'));
            }

            return true;
        }
    }

    /// <summary>XML 1.0 [28] doctypedecl ::= '&lt;!DOCTYPE' S Name (S ExternalID)? S? ('[' intSubset ']' S?)? '&gt;'.</summary>
    private static bool ExternalOnly(ReadOnlySpan<char> text, int position)
    {
        var start = position;
        position = SkipWhitespace(text, position);
        if (position == start)
        {
            return false;
        }

        while (position < text.Length && !IsWhitespace(text[position]) && text[position] is not ('>' or '['))
        {
            position++;
        }

        position = SkipWhitespace(text, position);
        var rest = text[position..];
        var literals = rest.StartsWith("SYSTEM", StringComparison.Ordinal) ? 1 : rest.StartsWith("PUBLIC", StringComparison.Ordinal) ? 2 : 0;
        position += literals == 0 ? 0 : "SYSTEM".Length;
        for (var i = 0; i < literals; i++)
        {
            position = SkipWhitespace(text, position);
            if (position >= text.Length || text[position] is not ('"' or '\''))
            {
                return false;
            }

            var close = text[(position + 1)..].IndexOf(text[position]);
            if (close < 0)
            {
                return false;
            }

            position += close + 2;
        }

        position = SkipWhitespace(text, position);
        return position < text.Length && text[position] == '>';
    }

    private static int SkipWhitespace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && IsWhitespace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>XML 1.0 [3] S ::= (#x20 | #x9 | #xD | #xA)+.</summary>
    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';
}
