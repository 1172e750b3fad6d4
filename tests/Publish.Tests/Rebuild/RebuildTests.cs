using Publish.Documents;
using Publish.Memory;
using Publish.Projects;
using Publish.Rebuild;

namespace Publish.Tests.Rebuild;

public sealed class RebuildTests
{
    private const string Reviewed003 = "The Netherlands made clear at the FAC of 21 March (Parliamentary Paper 21 501-28, no. 240) that it supports the Strategic Compass.";

    [Fact]
    public void Changing_the_RBZ_rendering_updates_exactly_the_segments_that_render_it_and_flags_the_one_that_does_not()
    {
        using var project = Prepared();
        var before = project.Targets();

        var report = project.Rebuild();

        Assert.Equal(["000_2b6b90faf971b57b"], report.Documents.Where(d => d.Updated.Count > 0).Select(d => d.DocumentId));
        var updated = report.Documents.SelectMany(d => d.Updated.Select(u => $"{d.DocumentId} {u.SegmentId}")).ToList();
        var flagged = report.Documents.SelectMany(d => d.Flagged.Select(f => $"{d.DocumentId} {f.SegmentId}")).ToList();
        Assert.Equal(["000_2b6b90faf971b57b b1.s1"], updated);
        Assert.Equal(["003_0bb470375661083a b173.s3"], flagged);
        Assert.Contains("only \"FAC\"", report.Documents.Single(d => d.Flagged.Count > 0).Flagged[0].Reasons[0], StringComparison.Ordinal);

        var translations000 = project.Store.Translations("000_2b6b90faf971b57b");
        Assert.Equal(("Report on the extraordinary NATO ministerial meeting and extraordinary Foreign Affairs Council of 4 March 2022", TranslationStatus.Translated),
            (translations000["b1.s1"].Target, translations000["b1.s1"].Status));
        Assert.Equal(Reviewed003, project.Store.Translations("003_0bb470375661083a")["b173.s3"].Target);
        Assert.Equal(TranslationStatus.NeedsReview, project.Store.Translations("003_0bb470375661083a")["b173.s3"].Status);

        // b2.s1 says "extra ingelaste Raad Buitenlandse Zaken", another entry: its "(FAC)" stays although the text has it.
        Assert.Contains("Foreign Affairs Council (FAC)", translations000["b2.s1"].Target, StringComparison.Ordinal);
        var after = project.Targets();
        Assert.Equal(["000_2b6b90faf971b57b b1.s1", "003_0bb470375661083a b173.s3"], after.Keys.Where(k => after[k] != before[k]).Order(StringComparer.Ordinal));
        Assert.All(project.Store.Documents(), d => Assert.Equal(project.Project.LoadGlossary()!.Version, d.GlossaryVersion));

        // The project history keeps what was there before.
        Assert.Contains(project.Store.History("000_2b6b90faf971b57b", "b1.s1"), h => h.Target!.Contains("(FAC)", StringComparison.Ordinal));
        Assert.Contains(project.Store.History("003_0bb470375661083a", "b173.s3"), h => h.Status == TranslationStatus.Reviewed);
    }

    [Fact]
    public void The_memory_history_holds_both_renderings_and_a_second_rebuild_does_nothing()
    {
        using var project = Prepared();
        project.Rebuild();
        var state = project.State();

        var source = project.Store.Segments("000_2b6b90faf971b57b").Single(s => s.SegmentId == "b1.s1").Source;
        var units = project.Memory.FindBySourceHash(SegmentNormalizer.Hash(source));
        var unit = Assert.Single(units);
        Assert.Equal("Report on the extraordinary NATO ministerial meeting and extraordinary Foreign Affairs Council of 4 March 2022", unit.Target);
        Assert.Contains(project.Memory.History(unit.Id), r => r.Target == "Report on the extraordinary NATO ministerial meeting and extraordinary Foreign Affairs Council (FAC) of 4 March 2022");

        var again = project.Rebuild();
        Assert.True(again.NothingToDo);
        Assert.Equal(5, again.AlreadyBuilt);
        Assert.Equal(state, project.State());
        Assert.Single(project.Memory.History(unit.Id));
    }

    [Fact]
    public void A_rebuild_interrupted_after_two_documents_and_run_again_ends_as_an_uninterrupted_one()
    {
        using var whole = Prepared();
        var uninterrupted = whole.Rebuild(new RebuildOptions { Parallelism = 1 });

        using var broken = Prepared();
        using var cancel = new CancellationTokenSource();
        var first = broken.Rebuild(new RebuildOptions { Parallelism = 1 }, new SynchronousProgress(p =>
        {
            if (p.Phase == RebuildPhase.Documents && p.Done == 2)
            {
                cancel.Cancel();
            }
        }), cancel.Token);
        Assert.True(first.Interrupted);
        Assert.Equal(3, broken.Store.Documents().Count(d => d.GlossaryVersion != broken.Project.LoadGlossary()!.Version));

        var rerun = broken.Rebuild(new RebuildOptions { Parallelism = 1 });

        Assert.False(rerun.Interrupted);
        Assert.Equal(Normalise(whole.State()), Normalise(broken.State()));
        Assert.Equal(Lists(uninterrupted), Lists(rerun));
        var unit = broken.Memory.FindBySourceHash(SegmentNormalizer.Hash(broken.Find("EXTRA RAAD BUITENLANDSE ZAKEN").Source)).Single();
        Assert.Single(broken.Memory.History(unit.Id));
    }

    [Fact]
    public void A_dry_run_changes_nothing()
    {
        using var project = Prepared();
        var state = project.State();
        var memory = (project.Memory.Statistics().Units, project.Memory.Statistics().HistoryEntries);

        var report = project.Rebuild(new RebuildOptions { DryRun = true });

        Assert.Single(report.Documents.SelectMany(d => d.Updated));
        Assert.Equal(state, project.State());
        Assert.Equal(memory, (project.Memory.Statistics().Units, project.Memory.Statistics().HistoryEntries));
        Assert.False(Directory.Exists(Path.Combine(project.Directory, RebuildReportFiles.Folder)));
        Assert.Equal(5, project.Rebuild(new RebuildOptions { DryRun = true }).Documents.Count + project.Rebuild(new RebuildOptions { DryRun = true }).Unaffected);
    }

    [Fact]
    public void A_document_that_fails_is_reported_and_the_others_are_rebuilt()
    {
        using var project = Prepared();
        // A glossary version the project has no snapshot of: this document cannot be diffed.
        project.Store.SaveRebuild(new RebuildCommit("001_ad27431226c080b3", "g-0000000000000000", null, [], null));

        var report = project.Rebuild();

        var failure = Assert.Single(report.Failures);
        Assert.Equal("001_ad27431226c080b3", failure.DocumentId);
        Assert.Contains("--since", failure.Message, StringComparison.Ordinal);
        Assert.Equal("g-0000000000000000", project.Store.FindDocument("001_ad27431226c080b3")!.GlossaryVersion);
        Assert.Equal(["000_2b6b90faf971b57b b1.s1"], report.Documents.SelectMany(d => d.Updated.Select(u => $"{d.DocumentId} {u.SegmentId}")));
    }

    [Fact]
    public void The_report_is_written_as_markdown_and_json_with_the_diff_before_and_after()
    {
        using var project = Prepared();
        var report = project.Rebuild();

        var (markdown, json) = RebuildReportFiles.Write(project.Project, report);

        var text = File.ReadAllText(markdown);
        Assert.Contains("changed `raad-buitenlandse-zaken`: en \"Foreign Affairs Council (FAC)\" → \"Foreign Affairs Council\"", text, StringComparison.Ordinal);
        Assert.Contains("needs review `b173.s3`", text, StringComparison.Ordinal);
        using var parsed = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var documents = parsed.RootElement.GetProperty("documents");
        Assert.Equal("b1.s1", documents[0].GetProperty("updated")[0].GetProperty("segmentId").GetString());
        Assert.Equal("Foreign Affairs Council", parsed.RootElement.GetProperty("diffs")[0].GetProperty("changed")[0].GetProperty("fields").GetProperty("en").GetProperty("new").GetString());
        Assert.Empty(project.Store.UnreportedRebuilds(report.GlossaryVersion));
    }

    /// <summary>The samples project with a reviewed translation of the 003 RBZ sentence, then RBZ rendered without "(FAC)".</summary>
    internal static RebuildProject Prepared()
    {
        var project = new RebuildProject();
        var rbz003 = project.Find("in de Raad Buitenlandse Zaken van 21 maart");
        project.SetTranslation(rbz003.Document, rbz003.Segment, Reviewed003, TranslationStatus.Reviewed);
        project.SetRendering("raad-buitenlandse-zaken", "Foreign Affairs Council");
        return project;
    }

    private static string Normalise(string state) => string.Join('\n', state.Split('\n').Order(StringComparer.Ordinal));

    private static string Lists(RebuildReport report) => string.Join('\n', report.Documents.SelectMany(d =>
        d.Updated.Select(u => $"{d.DocumentId} {u.SegmentId} {u.After}").Concat(d.Flagged.Select(f => $"{d.DocumentId} {f.SegmentId} flag"))));

    private sealed class SynchronousProgress(Action<RebuildProgress> report) : IProgress<RebuildProgress>
    {
        public void Report(RebuildProgress value) => report(value);
    }
}
