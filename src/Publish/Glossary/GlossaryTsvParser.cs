using System.Text;
using System.Text.RegularExpressions;

namespace Publish.Glossary;

/// <summary>
/// Reads one glossary file into entries, collecting every problem of a single row (header, column count,
/// required and enumerated values). Checks that need several rows live in <see cref="GlossaryValidator"/>.
/// </summary>
internal static partial class GlossaryTsvParser
{
    private static readonly string[] ColumnNames = [.. GlossaryTsvFormat.Columns];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<GlossaryEntry> Parse(GlossarySourceFile file, List<GlossaryIssue> issues)
    {
        var entries = new List<GlossaryEntry>();
        bool headerSeen = false;
        int lineNumber = 0;
        foreach (var raw in SplitLines(file.Content))
        {
            lineNumber++;
            string line;
            try
            {
                line = StrictUtf8.GetString(raw);
            }
            catch (DecoderFallbackException)
            {
                // Without knowing the encoding no later line can be trusted either, so stop at the first bad one.
                issues.Add(Error(file, lineNumber, "not valid UTF-8; save the file as UTF-8"));
                return entries;
            }

            if (lineNumber == 1 && line.StartsWith('\uFEFF'))
            {
                line = line[1..];
            }

            line = line.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.Trim().Length == 0)
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = true;
                if (line != GlossaryTsvFormat.Header)
                {
                    issues.Add(Error(file, lineNumber, "header must be exactly these tab-separated columns: " + string.Join(", ", GlossaryTsvFormat.Columns)));
                    return entries;
                }

                continue;
            }

            if (ParseRow(file, lineNumber, line, issues) is { } entry)
            {
                entries.Add(entry);
            }
        }

        if (!headerSeen)
        {
            issues.Add(new GlossaryIssue(file.DisplayPath, Math.Max(lineNumber, 1), GlossarySeverity.Warning, "no header line, so no entries"));
        }

        return entries;
    }

    private static GlossaryEntry? ParseRow(GlossarySourceFile file, int lineNumber, string line, List<GlossaryIssue> issues)
    {
        var cells = line.Split('\t');
        if (cells.Length != GlossaryTsvFormat.Columns.Count)
        {
            issues.Add(Error(file, lineNumber, $"expected {GlossaryTsvFormat.Columns.Count} tab-separated columns, found {cells.Length}"));
            return null;
        }

        // Surrounding spaces are never meaningful; trimming keeps the version stable under whitespace-only edits.
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] = cells[i].Trim();
        }

        int before = issues.Count;
        foreach (var (value, column) in cells.Zip(GlossaryTsvFormat.Columns))
        {
            if (value.Contains('\r', StringComparison.Ordinal))
            {
                issues.Add(Error(file, lineNumber, $"column '{column}' contains a line break"));
            }
        }

        foreach (var column in (string[])["id", "nl", "en", "kind", "case", "compounds"])
        {
            if (cells[IndexOf(column)].Length == 0)
            {
                issues.Add(Error(file, lineNumber, $"required column '{column}' is empty"));
            }
        }

        var id = cells[IndexOf("id")];
        if (id.Length > 0 && !IdPattern().IsMatch(id))
        {
            issues.Add(Error(file, lineNumber, $"id '{id}' must be lower-case ASCII letters, digits and single inner hyphens"));
        }

        var kind = Enumerated(file, lineNumber, cells, "kind", GlossaryTsvFormat.ParseKind, "acronym, name, title or term", issues);
        var caseSensitive = Enumerated(file, lineNumber, cells, "case", GlossaryTsvFormat.ParseCase, "sensitive or insensitive", issues);
        var compounds = Enumerated(file, lineNumber, cells, "compounds", GlossaryTsvFormat.ParseCompounds, "none, hyphen or closed", issues);
        if (kind == TermKind.Acronym && caseSensitive == false)
        {
            issues.Add(Error(file, lineNumber, $"acronym '{id}' must be case 'sensitive' (NAVO, not \"navo\" inside \"navolgen\")"));
        }

        var variants = List(file, lineNumber, cells, "variants", issues);
        var forbidden = List(file, lineNumber, cells, "forbidden", issues);
        var domain = cells[IndexOf("domain")];
        if (domain.Length > 0 && !GlossaryTsvFormat.KnownDomains.Contains(domain))
        {
            issues.Add(new GlossaryIssue(file.DisplayPath, lineNumber, GlossarySeverity.Warning, $"unknown domain '{domain}'; known: {string.Join(", ", GlossaryTsvFormat.KnownDomains)}"));
        }

        if (issues.Count > before || kind is null || caseSensitive is null || compounds is null)
        {
            return null;
        }

        var source = cells[IndexOf("source")];
        if (source.Length == 0)
        {
            issues.Add(new GlossaryIssue(file.DisplayPath, lineNumber, GlossarySeverity.Warning, $"entry '{id}' has no source for its English"));
        }

        return new GlossaryEntry(
            id, cells[IndexOf("nl")], variants, cells[IndexOf("en")], forbidden, kind.Value, caseSensitive.Value, compounds.Value,
            NullIfEmpty(domain), NullIfEmpty(cells[IndexOf("note")]), NullIfEmpty(source), file.DisplayPath, lineNumber);
    }

    private static T? Enumerated<T>(GlossarySourceFile file, int lineNumber, string[] cells, string column, Func<string, T?> parse, string expected, List<GlossaryIssue> issues)
        where T : struct
    {
        var value = cells[IndexOf(column)];
        var parsed = parse(value);
        if (parsed is null && value.Length > 0)
        {
            issues.Add(Error(file, lineNumber, $"invalid {column} '{value}': expected {expected}"));
        }

        return parsed;
    }

    private static string[] List(GlossarySourceFile file, int lineNumber, string[] cells, string column, List<GlossaryIssue> issues)
    {
        var value = cells[IndexOf(column)];
        if (value.Length == 0)
        {
            return [];
        }

        var items = value.Split(GlossaryTsvFormat.ListSeparator).Select(s => s.Trim()).ToArray();
        if (items.Any(s => s.Length == 0))
        {
            issues.Add(Error(file, lineNumber, $"column '{column}' has an empty item between '|' separators"));
        }

        return items;
    }

    private static int IndexOf(string column) => Array.IndexOf(ColumnNames, column);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static GlossaryIssue Error(GlossarySourceFile file, int line, string message) =>
        new(file.DisplayPath, line, GlossarySeverity.Error, message);

    /// <summary>Splits on LF only; a trailing CR is removed after decoding, so CRLF files read the same.</summary>
    private static IEnumerable<byte[]> SplitLines(byte[] content)
    {
        int start = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\n')
            {
                yield return content[start..i];
                start = i + 1;
            }
        }

        if (start < content.Length)
        {
            yield return content[start..];
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9]))*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
