using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>
/// A piece of text drawn in one call: a word with its trailing space (so the tagged text keeps the spaces
/// a screen reader needs), or part of a word where the style changes inside it, or a note reference.
/// </summary>
internal sealed record WordBox(string Text, TextStyle Style, string Language, double Width, bool SpaceAfter, RunStyle Run, NoteReference? Note = null)
{
    /// <summary>Note references are set smaller and raised (superscript).</summary>
    public double Rise => Note is null ? 0 : Style.Size * 0.35;
}

/// <summary>A laid-out line: its words, natural width, height, and the notes its linked references own.</summary>
internal sealed record TextLine(IReadOnlyList<WordBox> Words, double Width, double Height, double Baseline, bool Justified)
{
    private static readonly string[] NoNotes = [];

    /// <summary>Computed once: pagination asks for every line several times.</summary>
    public IReadOnlyList<string> LinkedNotes { get; } = Linked(Words);

    public bool HasUntranslatedMarker { get; } = Words.Any(w => w.Run == RunStyle.UntranslatedMarker);

    private static IReadOnlyList<string> Linked(IReadOnlyList<WordBox> words)
    {
        List<string>? numbers = null;
        foreach (var word in words)
        {
            if (word.Note is { Linked: true } note)
            {
                (numbers ??= []).Add(note.Number);
            }
        }

        return numbers is null ? NoNotes : numbers;
    }
}
