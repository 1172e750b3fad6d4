using Publish.Interchange.Tmx;
using Publish.Rendering;

namespace Publish.Projects;

/// <summary>What <see cref="ProjectBuild"/> does: sources to add, memories to import, what to render.</summary>
public sealed record ProjectBuildOptions
{
    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>TMX files imported into the project memory before pretranslation.</summary>
    public IReadOnlyList<string> Memories { get; init; } = [];

    public IReadOnlyList<RenderLayout> Layouts { get; init; } = [RenderLayout.Bilingual, RenderLayout.English];

    public IReadOnlyList<RenderFormat> Formats { get; init; } = [RenderFormat.Docx, RenderFormat.Pdf];

    /// <summary>Documents (ids or unique prefixes) that also get the English brief, as Markdown, DOCX and PDF.</summary>
    public IReadOnlyList<string> Briefs { get; init; } = [];

    public RenderOptions Render { get; init; } = new();
}

/// <summary>One step of the build as the user sees it, e.g. "added 004_…: 99 segments".</summary>
public sealed record ProjectBuildStep(string Stage, string Message, bool Failed = false);

/// <summary>
/// The whole pipeline in one call, for the README's main command and for automated rebuilds: open (or
/// create) a project, add the sources (a changed source keeps the translations of unchanged segments),
/// import translation memories, pretranslate, and render every document through the build manifest, so
/// that running it again only redoes what changed.
/// </summary>
public sealed class ProjectBuild(PublishProject project)
{
    public IReadOnlyList<RenderResult> Run(ProjectBuildOptions options, Action<ProjectBuildStep> report)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        var ingest = new ProjectIngest(project);
        foreach (var source in options.Sources)
        {
            var added = ingest.Add(source);
            report(new("add", $"{added.DocumentId}: {added.Outcome.ToString().ToLowerInvariant()}, {added.Segments:N0} segments, {added.Words:N0} words"));
        }

        using (var memory = project.OpenMemory())
        {
            foreach (var tmx in options.Memories)
            {
                var imported = TmxImporter.Import(tmx, memory);
                report(new("memory", $"{Path.GetFileName(tmx)}: {imported.Read:N0} units read, {imported.Added:N0} added, {imported.Updated:N0} updated"));
            }

            var pretranslator = new Pretranslator(project.Store, memory);
            foreach (var id in project.DocumentsFor(null))
            {
                var result = pretranslator.Run(id, project.Config.PretranslateMinimum);
                report(new("pretranslate", $"{id}: {result.Translated} translated, {result.Drafts} drafts, {result.Unmatched} without a match, {result.Protected} kept"));
            }
        }

        var jobs = ProjectRenderer.Plan(project.DocumentsFor(null), options.Layouts, options.Formats).ToList();
        var briefs = options.Briefs.Select(project.ResolveDocument).Distinct(StringComparer.Ordinal);
        jobs.AddRange(ProjectRenderer.Plan(briefs, [RenderLayout.Brief], [RenderFormat.Markdown, RenderFormat.Docx, RenderFormat.Pdf]));
        var results = new ProjectRenderer(project).Render(jobs, project.OutputPath, options.Render);
        foreach (var result in results)
        {
            report(result.Error is null
                ? new("render", $"{(result.Written ? "wrote" : "up to date")} {Path.GetFileName(result.Path)}")
                : new("render", result.Error, Failed: true));
        }

        return results;
    }
}
