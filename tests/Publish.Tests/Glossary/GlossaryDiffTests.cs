using System.Diagnostics;
using System.Text.Json;

namespace Publish.Tests.Glossary;

using Publish.Glossary;

public sealed class GlossaryDiffTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("publish-glossary-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Diff_between_two_directories_lists_added_removed_and_changed_fields()
    {
        var copy = GlossaryFixtures.CopyOf("valid", _dir);
        Edit(Path.Combine(copy, "10-nato-eu.tsv"));

        var diff = GlossaryDiff.Compare(Glossary.Load(GlossaryFixtures.PathOf("valid")), Glossary.Load(copy));

        AssertEdits(diff);
    }

    [Fact]
    public void Diff_of_reordered_files_is_empty()
    {
        var diff = GlossaryDiff.Compare(Glossary.Load(GlossaryFixtures.PathOf("valid")), Glossary.Load(GlossaryFixtures.PathOf("reordered")));

        Assert.True(diff.IsEmpty);
        Assert.Equal(diff.OldVersion, diff.NewVersion);
    }

    [Fact]
    public void Diff_between_two_git_revisions_reads_the_glossary_folder_from_git()
    {
        var repo = Path.Combine(_dir, "repo");
        var glossary = Path.Combine(repo, "glossary");
        Directory.CreateDirectory(repo);
        Git(repo, "init", "-q");
        Git(repo, "config", "user.name", "Test");
        Git(repo, "config", "user.email", "test@example.org");
        Git(repo, "config", "commit.gpgsign", "false");
        GlossaryFixtures.CopyOf("valid", repo);
        Directory.Move(Path.Combine(repo, "valid"), glossary);
        Git(repo, "add", ".");
        Git(repo, "commit", "-q", "-m", "first");
        Edit(Path.Combine(glossary, "10-nato-eu.tsv"));
        Git(repo, "commit", "-q", "-a", "-m", "second");

        var old = GlossaryDiffSource.Load("HEAD~1", repo);
        var diff = GlossaryDiff.Compare(old, GlossaryDiffSource.Load("HEAD:glossary", repo));

        AssertEdits(diff);
        Assert.Equal("HEAD~1:glossary/10-nato-eu.tsv", old.Find("navo")!.File);
        Assert.Equal(Glossary.Load(GlossaryFixtures.PathOf("valid")).Version, diff.OldVersion);
    }

    [Fact]
    public void An_unknown_revision_is_an_input_error_naming_it()
    {
        var e = Assert.Throws<PublishInputException>(() => GlossaryDiffSource.Load("no-such-revision-or-folder", _dir));

        Assert.Equal("no-such-revision-or-folder", e.File);
    }

    [Fact]
    public void The_json_has_versions_added_removed_and_changed_fields_with_old_and_new()
    {
        var copy = GlossaryFixtures.CopyOf("valid", _dir);
        Edit(Path.Combine(copy, "10-nato-eu.tsv"));
        var diff = GlossaryDiff.Compare(Glossary.Load(GlossaryFixtures.PathOf("valid")), Glossary.Load(copy));
        using var stream = new MemoryStream();

        GlossaryDiffJson.Write(diff, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(diff.OldVersion, root.GetProperty("old").GetString());
        Assert.Equal(diff.NewVersion, root.GetProperty("new").GetString());
        var added = Assert.Single(root.GetProperty("added").EnumerateArray());
        Assert.Equal("vn", added.GetProperty("id").GetString());
        Assert.Equal("United Nations (UN)", added.GetProperty("en").GetString());
        Assert.Equal("UNO", added.GetProperty("forbidden")[0].GetString());
        Assert.Equal(JsonValueKind.Null, added.GetProperty("note").ValueKind);
        Assert.Equal("eu", Assert.Single(root.GetProperty("removed").EnumerateArray()).GetProperty("id").GetString());
        var changed = Assert.Single(root.GetProperty("changed").EnumerateArray());
        Assert.Equal("navo", changed.GetProperty("id").GetString());
        var en = changed.GetProperty("fields").GetProperty("en");
        Assert.Equal("NATO", en.GetProperty("old").GetString());
        Assert.Equal("NATO (North Atlantic Treaty Organization)", en.GetProperty("new").GetString());
    }

    /// <summary>Changes navo's English and compounds, removes eu and adds vn.</summary>
    private static void Edit(string file)
    {
        var lines = File.ReadAllLines(file)
            .Where(l => !l.StartsWith("eu\t", StringComparison.Ordinal))
            .Select(l => l.StartsWith("navo\t", StringComparison.Ordinal) ? l.Replace("\tNATO\t", "\tNATO (North Atlantic Treaty Organization)\t", StringComparison.Ordinal).Replace("\thyphen\t", "\tnone\t", StringComparison.Ordinal) : l)
            .Append("vn\tVN\tVerenigde Naties\tUnited Nations (UN)\tUNO\tacronym\tsensitive\thyphen\tdiplomacy\t\thttps://www.un.org/");
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
    }

    private static void AssertEdits(GlossaryDiffResult diff)
    {
        Assert.Equal("vn", Assert.Single(diff.Added).Id);
        Assert.Equal("eu", Assert.Single(diff.Removed).Id);
        var change = Assert.Single(diff.Changed);
        Assert.Equal("navo", change.Id);
        Assert.Equal(["en", "compounds"], change.Fields.Keys);
        Assert.Equal(new GlossaryFieldChange("NATO", "NATO (North Atlantic Treaty Organization)"), change.Fields["en"]);
        Assert.Equal(new GlossaryFieldChange("hyphen", "none"), change.Fields["compounds"]);
        Assert.NotEqual(diff.OldVersion, diff.NewVersion);
        Assert.Equal(["eu", "navo", "vn"], diff.AffectedIds);
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr.Result}");
    }
}
