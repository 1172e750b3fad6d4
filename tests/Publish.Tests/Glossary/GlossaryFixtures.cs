namespace Publish.Tests.Glossary;

/// <summary>The fixture glossaries under Fixtures/, and scratch folders that tests may change.</summary>
internal static class GlossaryFixtures
{
    public static string PathOf(string name) => Path.Combine(Samples.Root, "tests", "Publish.Tests", "Glossary", "Fixtures", name);

    /// <summary>A copy of a fixture folder in a fresh temporary folder; the caller deletes it.</summary>
    public static string CopyOf(string name, string into)
    {
        var target = Path.Combine(into, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(PathOf(name)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }

    public const string Header = "id\tnl\tvariants\ten\tforbidden\tkind\tcase\tcompounds\tdomain\tnote\tsource";
}
