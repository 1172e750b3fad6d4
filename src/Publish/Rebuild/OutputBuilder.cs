using System.Collections.Concurrent;
using Publish.Documents;
using Publish.IO;
using Publish.Projects;

namespace Publish.Rebuild;

/// <summary>One output to build: a document, its path (relative to the project root, or absolute) and its renderer.</summary>
public sealed record OutputRequest(string DocumentId, string Path, IDocumentRenderer Renderer);

/// <summary>What building one output did: written, up to date (left alone) or failed with a one-line reason.</summary>
public sealed record OutputResult(OutputRequest Request, bool Written, string? Error);

/// <summary>
/// Renders outputs and keeps the build manifest: an output whose inputs hash matches its record, and whose
/// file still has the recorded hash, is left alone; otherwise it is rendered, and written (atomically) only
/// when the bytes differ, so an unchanged output keeps its bytes and its timestamp. Rendering runs in parallel
/// on every core; the store's one connection is used under a lock, and each output's record is saved as soon
/// as its file is written, so an interrupted run leaves every output old-and-stale or new-and-recorded.
/// </summary>
public sealed class OutputBuilder(PublishProject project, Func<string, IDocumentRenderer?> rendererByName)
{
    private readonly Glossary.Glossary? glossary = project.LoadGlossary();
    private readonly Lock store = new();

    /// <summary>Builds one output; true when the file was written.</summary>
    public bool Build(string documentId, string path, IDocumentRenderer renderer)
    {
        var result = BuildMany([new OutputRequest(documentId, path, renderer)], CancellationToken.None).Single();
        return result.Error is null ? result.Written : throw new PublishInputException(path, result.Error);
    }

    /// <summary>Builds the outputs; <paramref name="done"/> is told after each one (from any thread).</summary>
    public IReadOnlyList<OutputResult> BuildMany(IReadOnlyList<OutputRequest> requests, CancellationToken cancellation, Action<OutputResult>? done = null)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var documents = new Dictionary<string, TranslatedDocument>(StringComparer.Ordinal);
        var plans = new List<OutputPlan>();
        var results = new ConcurrentDictionary<OutputRequest, OutputResult>();
        foreach (var request in requests)
        {
            if (!documents.TryGetValue(request.DocumentId, out var document))
            {
                document = documents[request.DocumentId] = project.Store.LoadTranslated(request.DocumentId);
            }

            if (Plan(request, document) is { } plan)
            {
                plans.Add(plan);
            }
            else
            {
                Report(results, new OutputResult(request, false, null), done);
            }
        }

        Parallel.ForEach(plans, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation }, plan =>
        {
            var result = Render(plan);
            lock (store)
            {
                if (result.Error is null)
                {
                    project.Store.SaveBuildOutput(new BuildOutputRecord(plan.Request.DocumentId, plan.Request.Path, plan.Request.Renderer.Name,
                        plan.Manifest.ToJson(), plan.Manifest.InputsSha256, plan.OutputSha256!, false, DateTimeOffset.UtcNow));
                }

                // Told under the lock: a rebuild paused here (RebuildPause) holds back every other record.
                Report(results, result, done);
            }
        });

        return requests.Select(r => results[r]).ToList();
    }

    /// <summary>
    /// Every output the manifest marks stale (a rebuild changed its document), rebuilt where its inputs changed.
    /// Cancelled, it throws <see cref="OperationCanceledException"/> after the outputs in progress; the others stay stale.
    /// </summary>
    internal (List<OutputRebuilt> Rebuilt, List<DocumentFailure> Failures) BuildStale(PauseCounter pause, IProgress<RebuildProgress>? progress, CancellationToken cancellation)
    {
        var failures = new List<DocumentFailure>();
        var requests = new List<OutputRequest>();
        foreach (var record in project.Store.BuildOutputs().Where(r => r.Stale))
        {
            if (rendererByName(record.Renderer) is { } renderer)
            {
                requests.Add(new OutputRequest(record.DocumentId, record.Path, renderer));
            }
            else
            {
                failures.Add(new DocumentFailure(record.DocumentId, $"{record.Path}: no renderer '{record.Renderer}' in this program; the output is left as it was"));
            }
        }

        var done = 0;
        var results = BuildMany(requests, cancellation, result =>
        {
            progress?.Report(new RebuildProgress(Interlocked.Increment(ref done), requests.Count, result.Request.DocumentId, RebuildPhase.Outputs));
            if (result.Error is null)
            {
                pause.Reached(RebuildStage.Outputs);
            }
        });
        failures.AddRange(results.Where(r => r.Error is not null).Select(r => new DocumentFailure(r.Request.DocumentId, r.Error!)));
        var rebuilt = results.Where(r => r.Written).Select(r => new OutputRebuilt(r.Request.DocumentId, r.Request.Path, r.Request.Renderer.Name)).ToList();
        return (rebuilt, failures);
    }

    private string FullPath(string path) => System.IO.Path.GetFullPath(System.IO.Path.Combine(project.Root, path));

    private OutputPlan? Plan(OutputRequest request, TranslatedDocument document)
    {
        var manifest = BuildManifest.Of(document, glossary, request.Renderer);
        var full = FullPath(request.Path);
        var record = project.Store.BuildOutputs(request.DocumentId).FirstOrDefault(r => r.Path == request.Path);
        var existing = File.Exists(full) ? BuildManifest.Sha256(File.ReadAllBytes(full)) : null;
        if (record is not null && record.InputsSha256 == manifest.InputsSha256 && record.OutputSha256 == existing)
        {
            if (record.Stale)
            {
                project.Store.SaveBuildOutput(record with { Stale = false });
            }

            return null;
        }

        return new OutputPlan(request, document, manifest, full, existing);
    }

    private static OutputResult Render(OutputPlan plan)
    {
        try
        {
            using var rendered = new MemoryStream();
            plan.Request.Renderer.Render(plan.Document, rendered);
            var bytes = rendered.ToArray();
            plan.OutputSha256 = BuildManifest.Sha256(bytes);
            var written = plan.OutputSha256 != plan.ExistingSha256;
            if (written)
            {
                AtomicFile.Write(plan.FullPath, stream => stream.Write(bytes));
            }

            return new OutputResult(plan.Request, written, null);
        }
        catch (Exception e) when (e is IOException or PublishInputException or UnauthorizedAccessException)
        {
            return new OutputResult(plan.Request, false, e is PublishInputException input ? input.Describe() : $"{plan.Request.Path}: {e.Message}");
        }
    }

    private static void Report(ConcurrentDictionary<OutputRequest, OutputResult> results, OutputResult result, Action<OutputResult>? done)
    {
        results[result.Request] = result;
        done?.Invoke(result);
    }

    private sealed record OutputPlan(OutputRequest Request, TranslatedDocument Document, BuildManifest Manifest, string FullPath, string? ExistingSha256)
    {
        public string? OutputSha256 { get; set; }
    }
}
