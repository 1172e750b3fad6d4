using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publish.Glossary;

namespace Publish.Rebuild;

/// <summary>
/// The JSON of a rebuild: a document's result as the log keeps it, and the whole report
/// (<c>{"glossaryVersion", "finished", "dryRun", "documents": [...], "diffs": [...], ...}</c>; a diff as
/// <c>{"old", "new", "added": [id], "removed": [id], "changed": [{"id", "fields": {column: {"old", "new"}}}]}</c>).
/// </summary>
public static class RebuildReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    public static string Serialize(DocumentRebuildReport report) => JsonSerializer.Serialize(report, Options);

    public static DocumentRebuildReport Deserialize(string json) =>
        JsonSerializer.Deserialize<DocumentRebuildReport>(json, Options) ?? throw new InvalidDataException("empty rebuild log entry");

    public static string Serialize(RebuildReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var image = new
        {
            report.GlossaryVersion,
            report.Finished,
            report.DryRun,
            report.Interrupted,
            report.AlreadyBuilt,
            report.Unaffected,
            report.Documents,
            Diffs = report.Diffs.Select(Diff),
            report.Outputs,
            report.Failures,
        };
        return JsonSerializer.Serialize(image, Indented) + "\n";
    }

    private static object Diff(GlossaryDiffResult diff) => new
    {
        Old = diff.OldVersion,
        New = diff.NewVersion,
        Added = diff.Added.Select(e => e.Id),
        Removed = diff.Removed.Select(e => e.Id),
        Changed = diff.Changed.Select(c => new { c.Id, Fields = c.Fields.ToDictionary(f => f.Key, f => new { f.Value.Old, f.Value.New }) }),
    };
}
