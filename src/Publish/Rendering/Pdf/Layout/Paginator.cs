using Publish.Rendering.Templates;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>
/// Fills pages from top to bottom and records the draw operations. Footnotes take room from the bottom
/// of the page on which they are cited: a line that cites one fits only if the line and the note do.
/// </summary>
internal sealed class Paginator
{
    /// <summary>Room between the text and the rule above the notes.</summary>
    public const double NoteSeparator = 12;

    private readonly PageSettings page;
    private readonly IReadOnlyDictionary<string, NoteLayout> notes;
    private readonly HashSet<string> placedNotes = new(StringComparer.Ordinal);
    private PageFrame frame = new(0);
    private double notesHeight;

    public Paginator(PageSettings page, IReadOnlyDictionary<string, NoteLayout> notes)
    {
        this.page = page;
        this.notes = notes;
    }

    public List<DrawOp> Ops { get; } = [];

    public int PageCount => frame.Number;

    public double Y { get; private set; }

    public double BodyHeight => page.BodyHeight;

    public bool AtPageTop { get; private set; } = true;

    /// <summary>Called at the top of every new page, e.g. to repeat a table's header row.</summary>
    public Action? PageStarted { get; set; }

    public double Available => page.Height - page.Bottom - NotesArea(notesHeight) - Y;

    public void Emit(DrawOp op) => Ops.Add(op);

    public void Advance(double height)
    {
        Y += height;
        AtPageTop = false;
    }

    /// <summary>Skips space, but not at the top of a page.</summary>
    public void Space(double height)
    {
        if (!AtPageTop)
        {
            Y += height;
        }
    }

    /// <summary>Extra height the notes of these references would take on this page.</summary>
    public double NoteCost(IReadOnlyList<string> numbers) => NoteCost(numbers, []);

    /// <summary>Extra height of the notes of both lists (each counted once), without allocating on the common empty case.</summary>
    public double NoteCost(IReadOnlyList<string> numbers, IReadOnlyList<string> more)
    {
        if (numbers.Count + more.Count == 0)
        {
            return 0;
        }

        double added = 0;
        for (int i = 0; i < numbers.Count + more.Count; i++)
        {
            var number = i < numbers.Count ? numbers[i] : more[i - numbers.Count];
            if (!placedNotes.Contains(number) && notes.TryGetValue(number, out var note) && !SeenBefore(numbers, more, i, number))
            {
                added += note.Height;
            }
        }

        return added == 0 ? 0 : NotesArea(notesHeight + added) - NotesArea(notesHeight);
    }

    public void PlaceNotes(IEnumerable<string> numbers)
    {
        foreach (var number in numbers)
        {
            if (notes.TryGetValue(number, out var note) && placedNotes.Add(number))
            {
                var placement = new NotePlacement();
                frame.Notes.Add((note, placement));
                notesHeight += note.Height;
                Emit(new DrawNote(note, placement));
            }
        }
    }

    public void NewPage()
    {
        Close();
        frame = new PageFrame(frame.Number + 1);
        notesHeight = 0;
        Y = page.Top;
        AtPageTop = true;
        Emit(new NewPageOp(frame));
        PageStarted?.Invoke();
    }

    /// <summary>Ends the last page; notes get their final positions, stacked up from the bottom margin.</summary>
    public void Close()
    {
        double top = page.Height - page.Bottom - notesHeight;
        frame.NotesTop = top;
        foreach (var (note, placement) in frame.Notes)
        {
            placement.Top = top;
            top += note.Height;
        }
    }

    private static bool SeenBefore(IReadOnlyList<string> numbers, IReadOnlyList<string> more, int index, string number)
    {
        for (int i = 0; i < index; i++)
        {
            if ((i < numbers.Count ? numbers[i] : more[i - numbers.Count]) == number)
            {
                return true;
            }
        }

        return false;
    }

    private static double NotesArea(double height) => height == 0 ? 0 : height + NoteSeparator;
}
