using System.Text;

namespace Publish.Tests.Glossary;

using Publish.Glossary;

public sealed class GlossaryCheckTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-glossary-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    public static TheoryData<string, int, string> ErrorCases => new()
    {
        { "10-errors.tsv", 4, "error: expected 11 tab-separated columns, found 9" },
        { "10-errors.tsv", 5, "error: required column 'en' is empty" },
        { "10-errors.tsv", 6, "error: id 'Bad_Id' must be lower-case" },
        { "10-errors.tsv", 7, "error: duplicate id 'navo': also at " },
        { "10-errors.tsv", 8, "error: invalid kind 'noun'" },
        { "10-errors.tsv", 9, "error: invalid case 'maybe'" },
        { "10-errors.tsv", 10, "error: invalid compounds 'partly'" },
        { "10-errors.tsv", 11, "error: acronym 'eu' must be case 'sensitive'" },
        { "10-errors.tsv", 12, "warning: entry 'zonder-bron' has no source" },
        { "10-errors.tsv", 13, "error: column 'variants' has an empty item" },
        { "20-bad-header.tsv", 1, "error: header must be exactly these tab-separated columns" },
        { "30-latin1.tsv", 2, "error: not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public void Each_kind_of_error_is_reported_at_its_file_and_line(string file, int line, string message)
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("errors"));

        var prefix = Path.Combine(GlossaryFixtures.PathOf("errors"), file) + ":" + line + ": ";
        Assert.Contains(result.Issues, i => i.Describe().StartsWith(prefix + message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_error_fixture_has_exactly_the_expected_problems()
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("errors"));

        Assert.Equal(ErrorCases.Count, result.Issues.Count);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_duplicate_id_names_both_lines()
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("errors"));

        var file = Path.Combine(GlossaryFixtures.PathOf("errors"), "10-errors.tsv");
        Assert.Contains(result.Issues, i => i.Line == 7 && i.Message.EndsWith(file + ":3", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_throws_the_first_error_with_file_and_line()
    {
        var e = Assert.Throws<PublishInputException>(() => Glossary.Load(GlossaryFixtures.PathOf("errors")));

        Assert.EndsWith("10-errors.tsv", e.File, StringComparison.Ordinal);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void The_valid_fixture_loads_with_only_a_missing_source_warning()
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("valid"));
        var glossary = Glossary.Load(GlossaryFixtures.PathOf("valid"));

        Assert.False(result.HasErrors);
        Assert.Contains("kamerbrief", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        Assert.Equal(11, glossary.Entries.Count);
        Assert.Equal("navo", glossary.Entries[0].Id);
        Assert.Equal(["Council of Foreign Affairs", "Foreign Affairs Board"], glossary.Find("rbz")!.Forbidden);
        Assert.Equal(CompoundUse.Closed, glossary.Find("bondgenoot")!.Compounds);
        Assert.Null(glossary.Find("kamerbrief")!.Reference);
        Assert.Null(glossary.Find("geen"));
    }

    [Fact]
    public void Same_Dutch_form_with_same_English_is_a_duplicate_and_with_different_English_a_conflict()
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("conflicts"));
        var b = Path.Combine(GlossaryFixtures.PathOf("conflicts"), "b.tsv");
        var a = Path.Combine(GlossaryFixtures.PathOf("conflicts"), "a.tsv");

        Assert.Equal(2, result.Errors.Count());
        Assert.Contains(result.Errors, i => i.File == b && i.Line == 2 && i.Message.StartsWith("duplicate: Dutch form 'Ambassade'", StringComparison.Ordinal) && i.Message.Contains(a + ":2", StringComparison.Ordinal));
        Assert.Contains(result.Errors, i => i.File == b && i.Line == 3 && i.Message.StartsWith("conflict: Dutch form 'raad'", StringComparison.Ordinal) && i.Message.Contains(a + ":3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_note_on_either_entry_allows_the_same_Dutch_form()
    {
        var result = Glossary.Check(GlossaryFixtures.PathOf("conflicts"));

        Assert.DoesNotContain(result.Issues, i => i.Message.Contains("kabinet", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_case_sensitive_entries_differing_only_in_capitals_do_not_collide()
    {
        Write("a.tsv", Row("eu", "EU", "EU", "acronym", "sensitive"), Row("eu-woord", "eu", "eu (word)", "name", "sensitive"));

        Assert.Empty(Glossary.Check(_dir).Errors);
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var text = "\uFEFF# comment\r\n" + GlossaryFixtures.Header + "\r\n" + Row("navo", "NAVO", "NATO", "acronym", "sensitive") + "\r\n";
        File.WriteAllText(Path.Combine(_dir, "a.tsv"), text, new UTF8Encoding(false));

        var glossary = Glossary.Load(_dir);

        Assert.Equal("https://example.org/", Assert.Single(glossary.Entries).Reference);
    }

    [Fact]
    public void A_missing_directory_is_an_input_error_naming_it()
    {
        var missing = Path.Combine(_dir, "nope");

        var e = Assert.Throws<PublishInputException>(() => Glossary.Check(missing));

        Assert.Equal(missing, e.File);
    }

    [Fact]
    public void Files_are_read_in_file_name_order_and_other_extensions_are_ignored()
    {
        Write("b.tsv", Row("b", "bee", "B", "term", "insensitive"));
        Write("a.tsv", Row("a", "aa", "A", "term", "insensitive"));
        File.WriteAllText(Path.Combine(_dir, "c.tsv.bak"), "junk");

        Assert.Equal(["a", "b"], Glossary.Load(_dir).Entries.Select(e => e.Id));
    }

    private void Write(string name, params string[] rows) =>
        File.WriteAllText(Path.Combine(_dir, name), GlossaryFixtures.Header + "\n" + string.Join("\n", rows) + "\n");

    private static string Row(string id, string nl, string en, string kind, string @case) =>
        $"{id}\t{nl}\t\t{en}\t\t{kind}\t{@case}\tnone\tgeneral\t\thttps://example.org/";
}
