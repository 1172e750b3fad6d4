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
    public IEnumerable<string> LinkedNotes => Words.Where(w => w.Note is { Linked: true }).Select(w => w.Note!.Number);
}
