using System.Globalization;
using Publish.Projects;

namespace Publish.Cli.Editor;

/// <summary>The current segment as plain lines, for the scriptable loop (stdin redirected) and logs.</summary>
internal static class PlainSegmentView
{
    private const int ContextLimit = 240;

    public static void Write(TextWriter output, SegmentView view)
    {
        var translation = view.Translation;
        var score = translation.MatchScore is { } s ? string.Create(CultureInfo.InvariantCulture, $" {s}%") : "";
        output.WriteLine($"── {view.Segment.Id} ({view.Position}/{view.Count}) · {Status(translation.Status)}{score} · {view.Block.Kind.ToString().ToLowerInvariant()} {view.Block.Id}");
        if (view.Block.Segments.Count > 1)
        {
            output.WriteLine($"   context: {Shorten(view.Block.Text)}");
        }

        output.WriteLine($"   nl: {view.Segment.Text}");
        output.WriteLine($"   en: {translation.Target ?? "(none)"}");
        if (view.Pending is not null)
        {
            output.WriteLine($"   edit: {view.Pending}");
        }

        for (var i = 0; i < view.Terms.Count; i++)
        {
            output.WriteLine($"   term {i + 1}: {view.Terms[i].Source} → {view.Terms[i].Target}");
        }

        for (var i = 0; i < view.Segment.Placeables.Count; i++)
        {
            var placeable = view.Segment.Placeables[i];
            output.WriteLine($"   placeable {i + 1}: {placeable.Text} → {placeable.Target ?? placeable.Text} ({placeable.Kind.ToString().ToLowerInvariant()})");
        }

        for (var i = 0; i < view.Matches.Count; i++)
        {
            var match = view.Matches[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   match {i + 1}: {match.Score}% [{match.Band}] {match.Kind.ToString().ToLowerInvariant()}: {match.Target}"));
            output.WriteLine($"            diff: {match.DiffText}");
        }
    }

    public static string Status(Documents.TranslationStatus status) => status switch
    {
        Documents.TranslationStatus.NeedsReview => "needs-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string text) => text.Length <= ContextLimit ? text : text[..ContextLimit] + "…";
}
