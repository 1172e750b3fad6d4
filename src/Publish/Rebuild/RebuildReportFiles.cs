using System.Globalization;
using System.Text;
using Publish.IO;
using Publish.Projects;

namespace Publish.Rebuild;

/// <summary>
/// Writes <c>reports/rebuild-&lt;UTC timestamp&gt;.md</c> and <c>.json</c> in the project, each atomically, then
/// marks the log entries they cover as reported (so the next run's report starts after them).
/// </summary>
public static class RebuildReportFiles
{
    public const string Folder = "reports";

    /// <returns>The paths of the Markdown and the JSON file.</returns>
    public static (string Markdown, string Json) Write(PublishProject project, RebuildReport report)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(report);
        var covered = project.Store.UnreportedRebuilds(report.GlossaryVersion).Select(e => e.Id).ToList();
        var stamp = report.Finished.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var stem = Path.Combine(project.Root, Folder, "rebuild-" + stamp);
        var markdown = stem + ".md";
        var json = stem + ".json";
        AtomicFile.Write(markdown, stream => stream.Write(Encoding.UTF8.GetBytes(RebuildReportMarkdown.Write(report))));
        AtomicFile.Write(json, stream => stream.Write(Encoding.UTF8.GetBytes(RebuildReportJson.Serialize(report))));
        project.Store.MarkReported(covered);
        return (markdown, json);
    }
}
