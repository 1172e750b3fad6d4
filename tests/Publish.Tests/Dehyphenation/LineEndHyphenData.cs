namespace Publish.Tests.Dehyphenation;

/// <summary>One hand-labelled line-end hyphen from the sample texts or the shared PDFs.</summary>
internal sealed record LabelledLineEndHyphen(string Source, string Before, string After, string? Following, string Expected);

/// <summary>Reads line-end-hyphens.tsv, found by walking up from the test binaries to the repository.</summary>
internal static class LineEndHyphenData
{
    private const string RelativePath = "tests/Publish.Tests/Dehyphenation/line-end-hyphens.tsv";

    public static IReadOnlyList<LabelledLineEndHyphen> Load()
    {
        var cases = new List<LabelledLineEndHyphen>();
        foreach (string line in File.ReadLines(FindFile()))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] fields = line.Split('\t');
            if (fields.Length != 5)
            {
                throw new InvalidDataException($"{RelativePath}: expected 5 tab-separated fields in \"{line}\".");
            }

            cases.Add(new(fields[0], fields[1], fields[2], fields[3].Length == 0 ? null : fields[3], fields[4]));
        }

        return cases;
    }

    public static string FindFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, RelativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{RelativePath} not found above {AppContext.BaseDirectory}.");
    }
}
