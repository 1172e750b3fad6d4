using System.Globalization;
using Publish.Memory;
using Publish.Projects;
using Spectre.Console;

namespace Publish.Cli.Editor;

/// <summary>
/// One screen of the interactive editor: the block around the segment (the segment itself highlighted),
/// the Dutch, the English and the pending edit, then terms, placeables and memory matches, each numbered
/// for the <c>t N</c>, <c>p N</c> and <c>a N</c> commands.
/// </summary>
internal static class SegmentScreen
{
    public static void Render(IAnsiConsole console, SegmentView view, TranslationSession session)
    {
        var translation = view.Translation;
        var score = translation.MatchScore is { } s ? string.Create(CultureInfo.InvariantCulture, $" {s}%") : "";
        console.Write(new Rule($"[bold]{Markup.Escape(view.Segment.Id)}[/] {view.Position}/{view.Count} · [{StatusColour(translation.Status)}]{PlainSegmentView.Status(translation.Status)}{score}[/] · {session.Unfinished} unfinished")
        {
            Justification = Justify.Left,
        });
        console.Write(new Panel(new Markup(Context(view))) { Header = new PanelHeader($"{view.Block.Kind.ToString().ToLowerInvariant()} {view.Block.Id}"), Border = BoxBorder.Rounded, Expand = true });

        var texts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        texts.AddRow(new Markup("[bold]nl[/]"), new Text(view.Segment.Text));
        texts.AddRow(new Markup("[bold]en[/]"), translation.Target is null ? new Markup("[grey](none)[/]") : new Text(translation.Target));
        if (view.Pending is not null)
        {
            texts.AddRow(new Markup("[bold yellow]edit[/]"), new Markup($"[yellow]{Markup.Escape(view.Pending)}[/]"));
        }

        console.Write(texts);

        if (view.Terms.Count + view.Segment.Placeables.Count > 0)
        {
            var terms = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("term / placeable").AddColumn("English");
            for (var i = 0; i < view.Terms.Count; i++)
            {
                terms.AddRow($"t {i + 1}", Markup.Escape(view.Terms[i].Source), $"[green]{Markup.Escape(view.Terms[i].Target)}[/]");
            }

            for (var i = 0; i < view.Segment.Placeables.Count; i++)
            {
                var placeable = view.Segment.Placeables[i];
                terms.AddRow($"p {i + 1}", Markup.Escape(placeable.Text), $"[green]{Markup.Escape(placeable.Target ?? placeable.Text)}[/]");
            }

            console.Write(terms);
        }

        if (view.Matches.Count == 0)
        {
            console.MarkupLine("[grey]no memory match ≥ 50%[/]");
            return;
        }

        var matches = new Table().Border(TableBorder.Simple).AddColumn("#").AddColumn("score").AddColumn("match (diff: [red]-stored-[/] [green]+this+[/])");
        for (var i = 0; i < view.Matches.Count; i++)
        {
            var match = view.Matches[i];
            matches.AddRow(
                new Markup($"{i + 1}"),
                new Markup(string.Create(CultureInfo.InvariantCulture, $"[{BandColour(match.Score)}]{match.Score}%[/]\n{Markup.Escape(match.Band)}\n{match.Kind.ToString().ToLowerInvariant()}")),
                new Markup($"{Markup.Escape(match.Target)}\n{Diff(match)}"));
        }

        console.Write(matches);
    }

    private static string Context(SegmentView view)
    {
        var block = view.Block.Text;
        var start = Math.Clamp(view.Segment.Start, 0, block.Length);
        var end = Math.Clamp(start + view.Segment.Text.Length, start, block.Length);
        return $"[grey]{Markup.Escape(block[..start])}[/][bold]{Markup.Escape(block[start..end])}[/][grey]{Markup.Escape(block[end..])}[/]";
    }

    private static string Diff(MemoryMatch match) => string.Concat(match.Diff.Select(span => span.Operation switch
    {
        DiffOperation.Inserted => $"[green]+{Markup.Escape(span.Text)}+[/]",
        DiffOperation.Deleted => $"[red]-{Markup.Escape(span.Text)}-[/]",
        _ => $"[grey]{Markup.Escape(span.Text)}[/]",
    }).Select((text, i) => i == 0 ? text : " " + text));

    private static string StatusColour(Documents.TranslationStatus status) => status switch
    {
        Documents.TranslationStatus.Translated => "green",
        Documents.TranslationStatus.Reviewed => "blue",
        Documents.TranslationStatus.Draft => "yellow",
        Documents.TranslationStatus.NeedsReview => "red",
        _ => "grey",
    };

    private static string BandColour(int score) => score switch
    {
        >= 100 => "green",
        >= 85 => "yellow",
        _ => "orange3",
    };
}
