using System.Globalization;
using System.Text;

namespace Publish.Rebuild;

/// <summary>The Markdown report: the glossary diff, then per document the updates (before → after), the flags with reasons and the outputs.</summary>
public static class RebuildReportMarkdown
{
    public static string Write(RebuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        Line(md, $"# Rebuild to glossary {report.GlossaryVersion}{(report.DryRun ? " (dry run: nothing written)" : "")}");
        Line(md, "");
        Line(md, Summary(report));
        Line(md, "");
        foreach (var diff in report.Diffs)
        {
            Line(md, $"## Glossary {diff.OldVersion} → {diff.NewVersion}");
            Line(md, "");
            foreach (var entry in diff.Added)
            {
                Line(md, $"- added `{entry.Id}`: {entry.Source} → {entry.Target}");
            }

            foreach (var entry in diff.Removed)
            {
                Line(md, $"- removed `{entry.Id}`: {entry.Source} → {entry.Target}");
            }

            foreach (var change in diff.Changed)
            {
                Line(md, $"- changed `{change.Id}`: " + string.Join("; ", change.Fields.Select(f => $"{f.Key} \"{f.Value.Old}\" → \"{f.Value.New}\"")));
            }

            Line(md, "");
        }

        foreach (var document in report.Documents)
        {
            Line(md, $"## {document.DocumentId}");
            Line(md, "");
            foreach (var update in document.Updated)
            {
                Line(md, $"- updated `{update.SegmentId}` ({string.Join(", ", update.Entries)}, stays {update.Status}): \"{update.Before}\" → \"{update.After}\"");
            }

            foreach (var flag in document.Flagged)
            {
                Line(md, $"- needs review `{flag.SegmentId}` (was {flag.PreviousStatus}): {string.Join("; ", flag.Reasons)}");
            }

            foreach (var output in report.Outputs.Where(o => o.DocumentId == document.DocumentId))
            {
                Line(md, $"- re-rendered `{output.Path}` ({output.Renderer})");
            }

            Line(md, "");
        }

        foreach (var failure in report.Failures)
        {
            Line(md, $"- **failed** {failure.DocumentId}: {failure.Message}");
        }

        return md.ToString();
    }

    /// <summary>One line for the terminal and the report head.</summary>
    public static string Summary(RebuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.NothingToDo)
        {
            return $"Nothing to do: all {report.AlreadyBuilt} documents are built with glossary {report.GlossaryVersion}.";
        }

        var updated = report.Documents.Sum(d => d.Updated.Count);
        var flagged = report.Documents.Sum(d => d.Flagged.Count);
        return string.Create(CultureInfo.InvariantCulture, $"{report.Documents.Count} documents affected ({updated} segments updated, {flagged} flagged for review), {report.Unaffected} unaffected, {report.AlreadyBuilt} already built, {report.Outputs.Count} outputs re-rendered, {report.Failures.Count} failed{(report.Interrupted ? "; interrupted, run again to continue" : "")}.");
    }

    private static void Line(StringBuilder md, string text) => md.Append(text).Append('\n');
}
