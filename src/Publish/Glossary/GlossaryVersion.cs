using System.Security.Cryptography;
using System.Text;

namespace Publish.Glossary;

/// <summary>
/// The glossary version: "g-" followed by the first 16 lower-case hex digits (64 bits) of a SHA-256 over a
/// canonical text of the entries. The text is a format line, then one line per entry sorted by id (ordinal),
/// each the entry's trimmed TSV cells joined by tabs. File names, row order, comments, blank lines and
/// surrounding spaces therefore do not change the version; any change of a value does.
/// </summary>
internal static class GlossaryVersion
{
    public const string Prefix = "g-";

    private const string FormatLine = "publish-glossary-v1";

    public static string Of(IEnumerable<GlossaryEntry> entries)
    {
        var text = new StringBuilder(FormatLine).Append('\n');
        foreach (var entry in entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            text.Append(GlossaryTsvFormat.Row(entry)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Prefix + Convert.ToHexStringLower(hash)[..16];
    }
}
