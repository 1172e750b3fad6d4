using System.Collections.Concurrent;
using Publish.Documents;
using Publish.Glossary.Recognition;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Rebuild;

/// <summary>
/// <c>publish rebuild</c> (docs/rebuild.md): brings every document to the current glossary. A document already
/// built with it is skipped; one whose source holds no old or new form of a changed entry only records the new
/// version; the others are re-annotated and their segments updated or flagged. Documents are computed in
/// parallel and written one at a time, each in its own transaction together with its log entry, so a failing
/// document leaves the others alone and an interrupted run is continued by the next.
/// </summary>
public sealed class ProjectRebuild(PublishProject project, ITranslationMemory memory)
{
    public const string Agent = "publish rebuild";

    /// <exception cref="PublishInputException">The project has no glossary, or <c>--since</c> names none.</exception>
    public RebuildReport Run(RebuildOptions options, IProgress<RebuildProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var glossary = project.LoadGlossary() ?? throw new PublishInputException(project.GlossaryPath, "the project has no glossary to rebuild with");
        if (!options.DryRun)
        {
            GlossarySnapshot.Keep(project.Store, glossary);
        }

        var documents = project.Store.Documents();
        var pending = documents.Where(d => d.GlossaryVersion != glossary.Version).ToList();
        var history = new OldGlossaries(project, glossary, options.Since, options.DryRun);
        var newTerms = new TermRecognizer(glossary.Entries);
        var failures = new ConcurrentBag<DocumentFailure>();
        var work = new List<(ProjectDocument Document, Glossary.Glossary Old, ChangedEntries Changes)>();
        foreach (var document in pending)
        {
            try
            {
                var (old, changes) = history.For(document.GlossaryVersion);
                work.Add((document, old, changes));
            }
            catch (PublishInputException e)
            {
                failures.Add(new DocumentFailure(document.Id, e.Message));
            }
        }

        var pause = new PauseCounter(options.PauseAt, options.Paused, cancellation);
        var recognizers = work.Select(w => w.Old).DistinctBy(g => g.Version).ToDictionary(g => g.Version, g => new TermRecognizer(g.Entries), StringComparer.Ordinal);
        var gate = new Lock();
        var sync = new MemorySync(memory, project.Config.SourceLanguage, project.Config.TargetLanguage, Agent, glossary.Version);
        var reports = new ConcurrentBag<DocumentRebuildReport>();
        var unaffected = 0;
        var done = 0;
        var interrupted = false;
        try
        {
            Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation }, item =>
            {
                var (document, old, changes) = item;
                try
                {
                    var report = RebuildOne(document, old, changes, recognizers[old.Version], newTerms, glossary.Version, sync, gate, pause, options.DryRun);
                    if (report is null)
                    {
                        Interlocked.Increment(ref unaffected);
                    }
                    else
                    {
                        reports.Add(report);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures.Add(new DocumentFailure(document.Id, e.Message));
                }

                progress?.Report(new RebuildProgress(Interlocked.Increment(ref done), work.Count, document.Id));
            });
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }

        var outputs = new List<OutputRebuilt>();
        if (!options.DryRun && !interrupted)
        {
            try
            {
                var (rebuilt, outputFailures) = new OutputBuilder(project, options.Renderers).BuildStale(pause, progress, cancellation);
                outputs.AddRange(rebuilt);
                outputFailures.ForEach(failures.Add);
            }
            catch (OperationCanceledException)
            {
                // Each output was written atomically and recorded as it finished; the rest stay stale for the rerun.
                interrupted = true;
            }
        }

        return Report(glossary, history, options.DryRun ? reports.OrderBy(r => r.DocumentId, StringComparer.Ordinal).ToList() : null, unaffected, documents.Count - pending.Count, pending.Count, outputs, failures, interrupted, options.DryRun);
    }

    private DocumentRebuildReport? RebuildOne(ProjectDocument document, Glossary.Glossary old, ChangedEntries changes, TermRecognizer oldTerms, TermRecognizer newTerms, string version, MemorySync sync, Lock gate, PauseCounter pause, bool dryRun)
    {
        IReadOnlyList<StoredSegment> segments;
        lock (gate)
        {
            segments = project.Store.Segments(document.Id);
        }

        if (!changes.OccurIn(segments.Select(s => s.Source)))
        {
            if (!dryRun)
            {
                lock (gate)
                {
                    project.Store.SaveRebuild(new RebuildCommit(document.Id, version, null, [], null));
                    pause.Reached(RebuildStage.Documents);
                }
            }

            return null;
        }

        PublishDocument source;
        IReadOnlyDictionary<string, SegmentTranslation> translations;
        lock (gate)
        {
            source = project.Store.LoadSource(document.Id);
            translations = project.Store.Translations(document.Id);
        }

        var now = DateTimeOffset.UtcNow;
        var rebuild = new DocumentRebuilder(oldTerms, newTerms, version, Agent).Rebuild(document.Id, old.Version, source, translations, now);
        if (!dryRun)
        {
            var log = new RebuildLogDraft(old.Version, version, RebuildReportJson.Serialize(rebuild.Report));
            lock (gate)
            {
                // The memory first: its update is idempotent, so a crash before the document commits is repaired by the rerun.
                sync.Apply(rebuild.Memory, now);
                if (rebuild.Memory.Count > 0)
                {
                    pause.Reached(RebuildStage.Memory);
                }

                project.Store.SaveRebuild(new RebuildCommit(document.Id, version, rebuild.Source, rebuild.Translations, log));
                pause.Reached(RebuildStage.Documents);
            }
        }

        return rebuild.Report;
    }

    private RebuildReport Report(Glossary.Glossary glossary, OldGlossaries history, List<DocumentRebuildReport>? dryReports, int unaffected, int alreadyBuilt, int pending, List<OutputRebuilt> outputs, ConcurrentBag<DocumentFailure> failures, bool interrupted, bool dryRun)
    {
        // A real run reports from the log, so documents an interrupted earlier run finished are in the report too.
        var documents = dryReports ?? project.Store.UnreportedRebuilds(glossary.Version)
            .Select(entry => RebuildReportJson.Deserialize(entry.Result))
            .OrderBy(r => r.DocumentId, StringComparer.Ordinal)
            .ToList();
        var diffs = documents.Select(d => d.GlossaryFrom).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(from => history.For(from).Changes.Diff)
            .ToList();
        return new RebuildReport(glossary.Version, DateTimeOffset.UtcNow, dryRun, documents, diffs, unaffected, alreadyBuilt, pending, outputs,
            failures.OrderBy(f => f.DocumentId, StringComparer.Ordinal).ToList(), interrupted);
    }
}
