using System.Text;
using Publish.Glossary.Tbx;
using Publish.IO;

namespace Publish.Glossary;

/// <summary>
/// <c>publish glossary export|import</c>: TBX-Basic out of and into a glossary folder. Import adds a new file
/// named after the TBX file (<c>nato.tbx</c> → <c>nato.tsv</c>) and refuses ids the folder already has, so it
/// never rewrites reviewed rows; merging into existing files is a reviewer's job.
/// </summary>
public static class GlossaryTbx
{
    private const int FirstRowLine = 3;

    public static void Export(Glossary glossary, string tbxPath) =>
        AtomicFile.Write(tbxPath, stream => TbxWriter.Write(glossary, stream));

    /// <summary>Writes the TBX file's entries as a new TSV file in <paramref name="directory"/>; returns its path.</summary>
    /// <exception cref="PublishInputException">Bad TBX, an id clash, an existing target file or an invalid entry.</exception>
    public static string Import(string tbxPath, string directory)
    {
        var imported = TbxReader.Read(tbxPath);
        var existingFiles = Directory.Exists(directory) ? GlossarySourceFile.ReadDirectory(directory) : [];
        var existing = Glossary.Load(existingFiles);
        foreach (var entry in imported)
        {
            if (existing.Find(entry.Id) is { } clash)
            {
                throw new PublishInputException(tbxPath, $"id '{entry.Id}' already exists at {clash.File}:{clash.Line}; import refuses to replace entries", entry.Line);
            }
        }

        var name = Path.GetFileNameWithoutExtension(tbxPath) + ".tsv";
        var target = Path.Combine(directory, name);
        if (File.Exists(target))
        {
            throw new PublishInputException(target, "already exists; import writes a new file only");
        }

        var text = new StringWriter { NewLine = "\n" };
        GlossaryTsvFormat.Write(text, imported, $"Imported from {Path.GetFileName(tbxPath)}.");
        var content = new UTF8Encoding(false).GetBytes(text.ToString());

        // Check the result as the glossary will be read, so the import cannot leave an invalid glossary behind
        // (a Dutch form conflicting with an existing entry, an acronym marked insensitive, …).
        var (result, _) = Glossary.Check([.. existingFiles.Append(new GlossarySourceFile(name, target, content)).OrderBy(f => f.Name, StringComparer.Ordinal)]);
        if (result.Errors.FirstOrDefault() is { } error)
        {
            int row = error.Line - FirstRowLine;
            if (error.File == target && row >= 0 && row < imported.Count)
            {
                throw new PublishInputException(tbxPath, $"entry '{imported[row].Id}': {error.Message}", imported[row].Line);
            }

            throw new PublishInputException(error.File, error.Message, error.Line);
        }

        AtomicFile.Write(target, stream => stream.Write(content));
        return target;
    }
}
