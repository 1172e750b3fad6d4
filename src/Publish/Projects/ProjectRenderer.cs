using Publish.Rebuild;
using Publish.Rendering;

namespace Publish.Projects;

/// <summary>One file to render: a document of the project in a layout and a format.</summary>
public sealed record RenderJob(string DocumentId, RenderLayout Layout, RenderFormat Format)
{
    /// <summary>The output's file name: <c>ID.LAYOUT.EXT</c>, e.g. <c>004_938116419a6a225b.bilingual.pdf</c>.</summary>
    public string FileName => $"{DocumentId}.{Layout.ToString().ToLowerInvariant()}{BriefingRenderer.Extension(Format)}";
}

/// <summary>What rendering one job did: written, up to date (left alone), or failed with a one-line reason.</summary>
public sealed record RenderResult(RenderJob Job, string Path, bool Written, string? Error);

/// <summary>
/// Renders documents of a project into files through the build manifest (<see cref="OutputBuilder"/>), so
/// that <c>publish rebuild</c> later knows every output and re-renders only those whose inputs changed.
/// Outputs are written atomically, in parallel, and one failing output does not stop the others.
/// </summary>
public sealed class ProjectRenderer(PublishProject project)
{
    /// <summary>Every combination of the documents, layouts and formats that a renderer can make (Markdown is for briefs).</summary>
    public static IReadOnlyList<RenderJob> Plan(IEnumerable<string> documentIds, IReadOnlyList<RenderLayout> layouts, IReadOnlyList<RenderFormat> formats) =>
        documentIds.SelectMany(id => layouts.SelectMany(layout => formats
            .Where(format => format != RenderFormat.Markdown || layout == RenderLayout.Brief)
            .Select(format => new RenderJob(id, layout, format)))).ToList();

    /// <summary>Finds the renderer an output's manifest record names, with the project's templates, for the rebuild.</summary>
    public Func<string, IDocumentRenderer?> Renderers(RenderOptions? baseOptions = null)
    {
        var options = WithProjectTemplates(baseOptions ?? new RenderOptions());
        return name => BriefingDocumentRenderer.FromName(name, options);
    }

    /// <summary>Renders each job into <paramref name="outputDirectory"/> (or the one <paramref name="file"/> for a single job).</summary>
    public IReadOnlyList<RenderResult> Render(
        IReadOnlyList<RenderJob> jobs, string outputDirectory, RenderOptions baseOptions, Action<RenderResult>? done = null, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var options = WithProjectTemplates(baseOptions);
        var requests = jobs.ToDictionary(
            job => new OutputRequest(job.DocumentId, ProjectPath(file ?? Path.Combine(outputDirectory, job.FileName)), new BriefingDocumentRenderer(job.Layout, job.Format, options)),
            job => job);
        var builder = new OutputBuilder(project, Renderers(baseOptions));
        var results = builder.BuildMany([.. requests.Keys], CancellationToken.None, done is null ? null : r => done(ToResult(r)));
        return results.Select(ToResult).ToList();

        RenderResult ToResult(OutputResult result) =>
            new(requests[result.Request], Path.GetFullPath(Path.Combine(project.Root, result.Request.Path)), result.Written, result.Error);
    }

    private RenderOptions WithProjectTemplates(RenderOptions options)
    {
        var templates = project.TemplatesPath;
        var hasTemplates = Directory.Exists(templates) && Directory.EnumerateFiles(templates, "*.md").Any();
        return options with { TemplateDirectory = options.TemplateDirectory ?? (hasTemplates ? templates : null) };
    }

    // The manifest keeps paths relative to the project root, so that a moved project still finds its outputs.
    private string ProjectPath(string path)
    {
        var relative = Path.GetRelativePath(project.Root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative;
    }
}
