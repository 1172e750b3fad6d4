namespace Publish.Tests.Glossary;

using Publish.Glossary;

public sealed class GlossaryVersionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-glossary-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void The_version_is_g_dash_and_sixteen_lower_case_hex_digits()
    {
        var version = Glossary.Load(GlossaryFixtures.PathOf("valid")).Version;

        Assert.Matches("^g-[0-9a-f]{16}$", version);
    }

    [Fact]
    public void Reordering_rows_splitting_files_comments_and_surrounding_spaces_keep_the_version()
    {
        var original = Glossary.Load(GlossaryFixtures.PathOf("valid"));
        var reordered = Glossary.Load(GlossaryFixtures.PathOf("reordered"));

        Assert.NotEqual(original.Entries.Select(e => e.Id), reordered.Entries.Select(e => e.Id));
        Assert.Equal(original.Version, reordered.Version);
    }

    [Fact]
    public void Changing_an_English_rendering_changes_the_version()
    {
        var copy = GlossaryFixtures.CopyOf("valid", _dir);
        var before = Glossary.Load(copy).Version;
        var file = Path.Combine(copy, "10-nato-eu.tsv");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\tHigh Representative\t", "\tHigh Representative (HR)\t", StringComparison.Ordinal));

        var after = Glossary.Load(copy).Version;

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Adding_a_comment_line_keeps_the_version()
    {
        var copy = GlossaryFixtures.CopyOf("valid", _dir);
        var before = Glossary.Load(copy).Version;
        var file = Path.Combine(copy, "20-parliament.tsv");
        File.WriteAllText(file, "# Reviewed 2026-11.\n\n" + File.ReadAllText(file) + "\n# end\n");

        Assert.Equal(before, Glossary.Load(copy).Version);
    }
}
