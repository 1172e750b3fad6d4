using System.Text;
using Publish.Glossary;

namespace Publish.Rebuild;

/// <summary>
/// A glossary version as the project store keeps it: the entries as one TSV file (glossary/README.md), in the
/// glossary's own order, so that reloading it gives the same matching and the same version hash.
/// </summary>
internal static class GlossarySnapshot
{
    public static string Serialize(Glossary.Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        using var writer = new StringWriter { NewLine = "\n" };
        GlossaryTsvFormat.Write(writer, glossary.Entries, "glossary " + glossary.Version);
        return writer.ToString();
    }

    /// <exception cref="PublishInputException">The stored text no longer loads (a damaged store).</exception>
    public static Glossary.Glossary Load(string version, string entries)
    {
        var file = new GlossarySourceFile("snapshot.tsv", $"project glossary snapshot {version}", Encoding.UTF8.GetBytes(entries));
        return Glossary.Glossary.Load([file]);
    }

    /// <summary>Stores the glossary's snapshot unless the store has that version already.</summary>
    public static void Keep(Projects.IProjectStore store, Glossary.Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store.FindGlossarySnapshot(glossary.Version) is null)
        {
            store.SaveGlossarySnapshot(glossary.Version, Serialize(glossary));
        }
    }
}
