using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>A footnote broken into lines at the body width: number, then each language's paragraph.</summary>
internal sealed record NoteLayout(string Number, IReadOnlyList<(string Language, List<TextLine> Lines)> Paragraphs)
{
    public const double NumberWidth = 12;

    public double Height => Paragraphs.Sum(p => p.Lines.Sum(l => l.Height)) + PdfTheme.NoteGap;

    public static NoteLayout Create(Footnote note, double width) =>
        new(note.Number, note.Paragraphs.Select(p => (p.Language, LineBreaker.Break(p.Inlines, PdfTheme.Footnote, width - NumberWidth, justify: false))).ToList());
}
