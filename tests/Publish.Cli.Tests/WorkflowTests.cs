using System.Text.Json;
using Publish.Documents;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Cli.Tests;

/// <summary>A translator's day through the real program on sample 004, with the project store checked after each step.</summary>
public sealed class WorkflowTests : IDisposable
{
    private const string Document = "004_938116419a6a225b";
    private readonly string dir = Directory.CreateTempSubdirectory("publish-workflow-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Init_add_pretranslate_translate_qa_status_and_xliff_round_trip_on_sample_004()
    {
        Ok(Publish("init"));
        Assert.True(File.Exists(Path.Combine(dir, "publish.json")));
        Assert.Empty(Inspect(p => p.Store.Documents()));

        var added = Ok(Publish("add", PublishProcess.Sample("004")));
        Assert.StartsWith($"{Document}: added, 99 segments", added, StringComparison.Ordinal);
        Assert.Equal(99, Inspect(p => p.Store.Segments(Document).Count));
        Assert.True(File.Exists(Path.Combine(dir, "sources", Document + ".txt")));

        Ok(Publish("tm", "import", Path.Combine(PublishProcess.RepositoryRoot, "samples", "starter-memory.tmx"), "--tm", ".publish/tm.db"));
        Ok(Publish("pretranslate", "004"));
        var drafts = Inspect(p => p.Store.Translations(Document).Values.ToList());
        Assert.NotEmpty(drafts);
        Assert.All(drafts, d => Assert.Equal(TranslationStatus.Draft, d.Status));
        Assert.All(drafts.Where(d => d.Origin is TranslationOrigins.Fuzzy or TranslationOrigins.Repaired), d => Assert.InRange(d.MatchScore!.Value, 75, 99));

        var script = string.Join('\n',
            "g b2.s1",
            "c On 4 and 5 April 2023 the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.",
            "g b2.s3",
            "e Finland took part in the meeting as a full member of NATO.",
            "c",
            "/Zweden nam aan alle",
            "c Sweden attended every session as an invitee",
            "g b999.s1",
            "q");
        var session = PublishWithInput(script, "translate", "004");
        Assert.Equal(1, session.ExitCode);
        Assert.Contains("b2.s1 confirmed", session.Stdout, StringComparison.Ordinal);
        Assert.Contains("! no segment 'b999.s1'", session.Stdout, StringComparison.Ordinal);
        var confirmed = Inspect(p => p.Store.Translations(Document));
        foreach (var id in new[] { "b2.s1", "b2.s3", "b2.s4" })
        {
            Assert.Equal((TranslationStatus.Translated, ProjectProcess.Translator, TranslationOrigins.Translator), (confirmed[id].Status, confirmed[id].ChangedBy, confirmed[id].Origin));
        }

        Assert.Equal("Finland took part in the meeting as a full member of NATO.", confirmed["b2.s3"].Target);
        using (var memory = Inspect(p => p.OpenMemory()))
        {
            var segments = Inspect(p => p.Store.Segments(Document).ToList());
            var at = segments.FindIndex(s => s.SegmentId == "b2.s3");
            var match = new TranslationMemoryLookup(memory).Lookup(segments[at].Source, segments[at - 1].Source, segments[at + 1].Source)[0];
            Assert.Equal((101, "Finland took part in the meeting as a full member of NATO."), (match.Score, match.Target));
        }

        var qa = Publish("qa", "004");
        Assert.Equal(1, qa.ExitCode);
        Assert.Contains($"sources/{Document}.txt:b1.s1: error: not translated", qa.Stdout, StringComparison.Ordinal);
        Assert.Contains($"sources/{Document}.txt:b2.s4: warning: the source ends with '.', the translation with no punctuation", qa.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(":b2.s1:", qa.Stdout, StringComparison.Ordinal);

        using (var status = JsonDocument.Parse(Ok(Publish("status", "--json"))))
        {
            var total = status.RootElement.GetProperty("total");
            Assert.Equal(99, total.GetProperty("segments").GetInt32());
            Assert.Equal(3, total.GetProperty("statuses").GetProperty("translated").GetProperty("segments").GetInt32());
            var bandSegments = ProjectStatus.Bands.Sum(b => total.GetProperty("bands").GetProperty(b).GetProperty("segments").GetInt32());
            Assert.Equal(99, bandSegments);
        }

        var xliff = Path.Combine(dir, "out", "004.xlf");
        Ok(Publish("export", "xliff", "004", "--version", "2.1", "-o", xliff));
        var edited = File.ReadAllText(xliff).Replace("Sweden attended every session as an invitee", "Sweden attended every session as an invitee.", StringComparison.Ordinal);
        File.WriteAllText(xliff, edited);
        Assert.Contains("1 updated", Ok(Publish("import", "xliff", xliff)), StringComparison.Ordinal);
        var imported = Inspect(p => p.Store.Translations(Document))["b2.s4"];
        Assert.Equal(("Sweden attended every session as an invitee.", TranslationStatus.Translated, TranslationOrigins.Import), (imported.Target, imported.Status, imported.Origin));

        Ok(Publish("translate", "004", "--set", "b1.s1", "Report on the NATO ministerial meeting of 4 and 5 April 2023"));
        Assert.Equal(TranslationStatus.Translated, Inspect(p => p.Store.Translations(Document))["b1.s1"].Status);

        var tmx = Path.Combine(dir, "out", "confirmed.tmx");
        Assert.StartsWith("4 confirmed translations", Ok(Publish("export", "tmx", "-o", tmx)), StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_outside_a_project_say_so_in_one_line()
    {
        var result = Publish("status");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"publish: error: {dir}: not inside a Publish project (no publish.json here or above); create one with 'publish init'", result.Stderr.Trim());
    }

    private (int ExitCode, string Stdout, string Stderr) Publish(params string[] args) => ProjectProcess.Run(dir, null, args);

    private (int ExitCode, string Stdout, string Stderr) PublishWithInput(string input, params string[] args) => ProjectProcess.Run(dir, input, args);

    private static string Ok((int ExitCode, string Stdout, string Stderr) result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr + result.Stdout);
        return result.Stdout;
    }

    private T Inspect<T>(Func<PublishProject, T> read)
    {
        using var project = PublishProject.Open(dir);
        return read(project);
    }
}
