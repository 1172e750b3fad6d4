using System.Text.Json;

namespace Publish.Cli.Tests;

/// <summary><c>publish glossary …</c> run as a child process from the repository root.</summary>
public sealed class GlossaryCommandTests : IDisposable
{
    private const string Fixtures = "tests/Publish.Tests/Glossary/Fixtures";

    private readonly string _dir = Directory.CreateTempSubdirectory("publish-glossary-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Check_prints_file_line_errors_and_exits_1()
    {
        var (code, stdout, stderr) = PublishProcess.Run("glossary", "check", $"{Fixtures}/errors");

        Assert.Equal(1, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Contains($"{Fixtures}/errors/10-errors.tsv:8: error: invalid kind 'noun': expected acronym, name, title or term", lines);
        Assert.Contains(lines, l => l.StartsWith($"{Fixtures}/errors/10-errors.tsv:12: warning: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{Fixtures}/errors/30-latin1.tsv:2: error: not valid UTF-8", StringComparison.Ordinal));
        Assert.Contains("11 errors, 1 warnings", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_valid_glossary_with_warnings_exits_0()
    {
        var (code, stdout, _) = PublishProcess.Run("glossary", "check", $"{Fixtures}/valid");

        Assert.Equal(0, code);
        Assert.Equal($"{Fixtures}/valid/20-parliament.tsv:4: warning: entry 'kamerbrief' has no source for its English", stdout.TrimEnd());
    }

    [Fact]
    public void Check_of_a_missing_directory_is_one_error_line()
    {
        var (code, _, stderr) = PublishProcess.Run("glossary", "check", Path.Combine(_dir, "nope"));

        Assert.Equal(1, code);
        Assert.Equal($"publish: error: {Path.Combine(_dir, "nope")}: glossary directory not found", stderr.TrimEnd());
    }

    [Fact]
    public void Version_prints_the_same_hash_for_reordered_files()
    {
        var (code, valid, _) = PublishProcess.Run("glossary", "version", $"{Fixtures}/valid");
        var (_, reordered, _) = PublishProcess.Run("glossary", "version", $"{Fixtures}/reordered");

        Assert.Equal(0, code);
        Assert.Matches("^g-[0-9a-f]{16}\n$", valid);
        Assert.Equal(valid, reordered);
    }

    [Fact]
    public void Version_of_an_invalid_glossary_fails_with_the_first_error()
    {
        var (code, stdout, stderr) = PublishProcess.Run("glossary", "version", $"{Fixtures}/errors");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"publish: error: {Fixtures}/errors/10-errors.tsv:4: expected 11", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_json_lists_added_removed_and_changed_entries()
    {
        var newer = Path.Combine(_dir, "newer");
        Directory.CreateDirectory(newer);
        foreach (var file in Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, Fixtures, "valid")))
        {
            var text = File.ReadAllText(file)
                .Replace("\tHigh Representative\t", "\tHigh Representative (HR/VP)\t", StringComparison.Ordinal)
                .Replace("toezegging\t", "# toezegging\t", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(newer, Path.GetFileName(file)), text);
        }

        var (code, stdout, stderr) = PublishProcess.Run("glossary", "diff", $"{Fixtures}/valid", newer, "--json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Matches("^g-", root.GetProperty("old").GetString());
        Assert.NotEqual(root.GetProperty("old").GetString(), root.GetProperty("new").GetString());
        Assert.Equal(0, root.GetProperty("added").GetArrayLength());
        Assert.Equal("toezegging", Assert.Single(root.GetProperty("removed").EnumerateArray()).GetProperty("id").GetString());
        var changed = Assert.Single(root.GetProperty("changed").EnumerateArray());
        Assert.Equal("hoge-vertegenwoordiger", changed.GetProperty("id").GetString());
        Assert.Equal("High Representative (HR/VP)", changed.GetProperty("fields").GetProperty("en").GetProperty("new").GetString());
    }

    [Fact]
    public void Diff_text_shows_field_changes_old_to_new()
    {
        var (code, stdout, _) = PublishProcess.Run("glossary", "diff", $"{Fixtures}/valid", $"{Fixtures}/reordered");

        Assert.Equal(0, code);
        Assert.EndsWith(": 0 added, 0 removed, 0 changed\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_then_import_reproduces_the_glossary_version()
    {
        var tbx = Path.Combine(_dir, "fixture.tbx");
        var target = Path.Combine(_dir, "imported");

        var export = PublishProcess.Run("glossary", "export", tbx, $"{Fixtures}/valid");
        var import = PublishProcess.Run("glossary", "import", tbx, target);
        var original = PublishProcess.Run("glossary", "version", $"{Fixtures}/valid");
        var roundTripped = PublishProcess.Run("glossary", "version", target);

        Assert.True(export.ExitCode == 0, export.Stderr);
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.True(File.Exists(Path.Combine(target, "fixture.tsv")));
        Assert.Equal(original.Stdout, roundTripped.Stdout);
        Assert.Empty(Directory.GetFiles(target, "*.tmp"));
    }

    [Fact]
    public void Import_of_a_hostile_tbx_is_one_error_line_with_file_and_line()
    {
        var tbx = Path.Combine(_dir, "hostile.tbx");
        File.WriteAllText(tbx, "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx SYSTEM \"http://example.org/evil.dtd\">\n<tbx/>\n");

        var (code, stdout, stderr) = PublishProcess.Run("glossary", "import", tbx, Path.Combine(_dir, "target"));

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Equal($"publish: error: {tbx}:2: DOCTYPE is not allowed in TBX input (DTDs and entities are refused)", stderr.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(_dir, "target")));
    }
}
