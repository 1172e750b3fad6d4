using System.Globalization;
using Publish.Cli.Editor;
using Publish.Documents;
using Publish.Projects;
using Spectre.Console;

namespace Publish.Cli.Commands;

/// <summary>
/// The two tables of <c>publish status</c>: one row per document (and the total), one column per match band,
/// then per status; each cell gives segments over words, as in a CAT tool's analysis report. Documents are
/// rows because projects grow to hundreds of documents while the bands stay eight.
/// </summary>
internal static class StatusTables
{
    // Pipes and files get no terminal width; without one Spectre would wrap at 80 columns.
    private const int RedirectedWidth = 200;

    public static void Write(StatusReport report)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        var rows = report.Documents.Count > 1 ? report.Documents.Append(report.Total).ToList() : report.Documents.ToList();
        console.Write(BandTable(rows));
        console.Write(StatusTable(rows));
    }

    private static Table BandTable(IReadOnlyList<DocumentStatus> rows)
    {
        var table = NewTable("Match bands: segments / words");
        foreach (var band in ProjectStatus.Bands)
        {
            table.AddColumn(new TableColumn($"[bold]{band}[/]").RightAligned());
        }

        table.AddColumn(new TableColumn("[bold]total[/]").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow([Name(row), .. ProjectStatus.Bands.Select(b => Cell(row.Bands[b])), Cell(row.Total)]);
        }

        return table;
    }

    private static Table StatusTable(IReadOnlyList<DocumentStatus> rows)
    {
        var table = NewTable("Status: segments / words");
        var statuses = Enum.GetValues<TranslationStatus>();
        foreach (var status in statuses)
        {
            table.AddColumn(new TableColumn($"[bold]{PlainSegmentView.Status(status)}[/]").RightAligned());
        }

        table.AddColumn(new TableColumn("[bold]done[/]").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow([Name(row), .. statuses.Select(s => Cell(row.Statuses[s])), Done(row)]);
        }

        return table;
    }

    private static Table NewTable(string title) =>
        new Table().Border(TableBorder.Rounded).Title($"[bold]{title}[/]").AddColumn("[bold]document[/]");

    private static string Name(DocumentStatus row) => row.DocumentId == "total" ? "[bold]total[/]" : Markup.Escape(row.DocumentId);

    private static string Cell(Tally tally) => tally.Segments == 0
        ? "[grey]–[/]"
        : string.Create(CultureInfo.InvariantCulture, $"{tally.Segments:N0} / {tally.Words:N0}");

    private static string Done(DocumentStatus status)
    {
        var done = status.Statuses[TranslationStatus.Translated].Words + status.Statuses[TranslationStatus.Reviewed].Words;
        var percent = status.Total.Words == 0 ? 100 : 100.0 * done / status.Total.Words;
        return percent.ToString("0", CultureInfo.InvariantCulture) + " %";
    }
}
