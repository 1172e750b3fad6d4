using System.Collections.Concurrent;
using Publish.Documents;
using Publish.IO;
using Publish.Rendering;

namespace Publish.Projects;

/// <summary>One file to render: a document of the project in a layout and a format.</summary>
public sealed record RenderJob(string DocumentId, RenderLayout Layout, RenderFormat Format)
{
    /// <summary>The output's file name: <c>ID.LAYOUT.EXT</c>, e.g. <c>004_938116419a6a225b.bilingual.pdf</c>.</summary>
    public string FileName => $"{DocumentId}.{Layout.ToString().ToLowerInvariant()}{BriefingRenderer.Extension(Format)}";
}

/// <summary>What rendering one job gave: the file written, or the one-line reason it failed.</summary>
public sealed record RenderResult(RenderJob Job, string Path, string? Error);

/// <summary>
/// Renders documents of a project into files. Documents are read from the store first (SQLite
/// connections are not shared between threads), then rendered in parallel over the cores; each output
/// is written atomically, and one failing output does not stop the others.
/// </summary>
public sealed class ProjectRenderer(PublishProject project)
{
    /// <summary>Every combination of the documents, layouts and formats that a renderer can make.</summary>
    public static IReadOnlyList<RenderJob> Plan(IEnumerable<string> documentIds, IReadOnlyList<RenderLayout> layouts, IReadOnlyList<RenderFormat> formats) =>
        documentIds.SelectMany(id => layouts.SelectMany(layout => formats
            .Where(format => format != RenderFormat.Markdown || layout == RenderLayout.Brief)
            .Select(format => new RenderJob(id, layout, format)))).ToList();

    /// <summary>Renders each job into <paramref name="outputDirectory"/>; <paramref name="done"/> is told after each file.</summary>
    public IReadOnlyList<RenderResult> Render(IReadOnlyList<RenderJob> jobs, string outputDirectory, RenderOptions baseOptions, Action<RenderResult>? done = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(baseOptions);
        var documents = jobs.Select(j => j.DocumentId).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, project.Store.LoadTranslated, StringComparer.Ordinal);
        var results = new ConcurrentDictionary<RenderJob, RenderResult>();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var result = RenderOne(documents[job.DocumentId], job, Path.Combine(outputDirectory, job.FileName), baseOptions);
            results[job] = result;
            done?.Invoke(result);
        });
        return jobs.Select(j => results[j]).ToList();
    }

    /// <summary>Renders one job into <paramref name="path"/>.</summary>
    public RenderResult RenderTo(RenderJob job, string path, RenderOptions baseOptions) =>
        RenderOne(project.Store.LoadTranslated(job.DocumentId), job, path, baseOptions);

    /// <summary>The options for one job: the caller's, with the job's layout and format and the project's templates.</summary>
    public RenderOptions OptionsFor(RenderJob job, RenderOptions baseOptions)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(baseOptions);
        var templates = project.TemplatesPath;
        var projectTemplates = Directory.Exists(templates) && Directory.EnumerateFiles(templates, "*.md").Any() ? templates : null;
        return baseOptions with
        {
            Layout = job.Layout,
            Format = job.Format,
            TemplateDirectory = baseOptions.TemplateDirectory ?? projectTemplates,
        };
    }

    private RenderResult RenderOne(TranslatedDocument document, RenderJob job, string path, RenderOptions baseOptions)
    {
        try
        {
            var options = OptionsFor(job, baseOptions);
            AtomicFile.Write(path, stream => BriefingRenderer.Render(document, options, stream));
            return new RenderResult(job, path, null);
        }
        catch (PublishInputException e)
        {
            return new RenderResult(job, path, e.Describe());
        }
        catch (IOException e)
        {
            return new RenderResult(job, path, $"{path}: {e.Message}");
        }
    }
}
