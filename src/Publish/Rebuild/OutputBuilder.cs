using Publish.IO;
using Publish.Projects;

namespace Publish.Rebuild;

/// <summary>
/// Renders outputs and keeps the build manifest: an output whose inputs hash matches its record, and whose
/// file still has the recorded hash, is left alone; otherwise it is rendered, and written (atomically) only
/// when the bytes differ, so an unchanged output keeps its bytes and its timestamp.
/// </summary>
public sealed class OutputBuilder(PublishProject project, IReadOnlyList<IDocumentRenderer> renderers)
{
    private readonly Glossary.Glossary? glossary = project.LoadGlossary();

    /// <summary>Renders <paramref name="path"/> (relative to the project root) for a document, unless it is up to date.</summary>
    /// <returns>True when the file was written.</returns>
    public bool Build(string documentId, string path, IDocumentRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        var document = project.Store.LoadTranslated(documentId);
        var manifest = BuildManifest.Of(document, glossary, renderer);
        var full = Path.GetFullPath(Path.Combine(project.Root, path));
        var record = project.Store.BuildOutputs(documentId).FirstOrDefault(r => r.Path == path);
        var existing = File.Exists(full) ? BuildManifest.Sha256(File.ReadAllBytes(full)) : null;
        if (record is not null && record.InputsSha256 == manifest.InputsSha256 && record.OutputSha256 == existing)
        {
            if (record.Stale)
            {
                project.Store.SaveBuildOutput(record with { Stale = false });
            }

            return false;
        }

        using var rendered = new MemoryStream();
        renderer.Render(document, rendered);
        var bytes = rendered.ToArray();
        var hash = BuildManifest.Sha256(bytes);
        var written = hash != existing;
        if (written)
        {
            AtomicFile.Write(full, stream => stream.Write(bytes));
        }

        project.Store.SaveBuildOutput(new BuildOutputRecord(documentId, path, renderer.Name, manifest.ToJson(), manifest.InputsSha256, hash, false, DateTimeOffset.UtcNow));
        return written;
    }

    /// <summary>Every output the manifest marks stale (a rebuild changed its document), rebuilt where its inputs changed.</summary>
    public (List<OutputRebuilt> Rebuilt, List<DocumentFailure> Failures) BuildStale(CancellationToken cancellation)
    {
        var rebuilt = new List<OutputRebuilt>();
        var failures = new List<DocumentFailure>();
        foreach (var record in project.Store.BuildOutputs().Where(r => r.Stale))
        {
            cancellation.ThrowIfCancellationRequested();
            var renderer = renderers.FirstOrDefault(r => r.Name == record.Renderer);
            if (renderer is null)
            {
                failures.Add(new DocumentFailure(record.DocumentId, $"{record.Path}: no renderer '{record.Renderer}' in this program; the output is left as it was"));
                continue;
            }

            try
            {
                if (Build(record.DocumentId, record.Path, renderer))
                {
                    rebuilt.Add(new OutputRebuilt(record.DocumentId, record.Path, record.Renderer));
                }
            }
            catch (Exception e) when (e is IOException or PublishInputException or UnauthorizedAccessException)
            {
                failures.Add(new DocumentFailure(record.DocumentId, $"{record.Path}: {e.Message}"));
            }
        }

        return (rebuilt, failures);
    }
}
