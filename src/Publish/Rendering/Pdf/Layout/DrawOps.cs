using PdfSharp.Drawing;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>Structure elements the layout opens (PDF 1.7 §14.8.4 standard structure types).</summary>
internal enum StructureTag
{
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    Table,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    List,
    ListItem,
    Label,
    ListBody,
}

/// <summary>
/// The layout's output: one stream of operations in reading order. Drawing replays it page by page, so
/// the order of the structure tree is the order of this stream, whatever the position on the page.
/// </summary>
internal abstract record DrawOp;

internal sealed record BeginStructure(StructureTag Tag, string? Language) : DrawOp;

internal sealed record EndStructure : DrawOp;

/// <summary>Starts a new page (the first op of the stream starts page 1).</summary>
internal sealed record NewPageOp(PageFrame Frame) : DrawOp;

/// <summary>A line of text at a baseline; justified lines spread the extra width over their spaces.</summary>
internal sealed record DrawLine(TextLine Line, double X, double Top, double Width, string BlockLanguage) : DrawOp;

/// <summary>A footnote drawn at the foot of the page, right after the line that cites it.</summary>
internal sealed record DrawNote(NoteLayout Note, NotePlacement Placement) : DrawOp;

/// <summary>Decoration: rules and fills, always an artifact (§14.8.2.2).</summary>
internal sealed record DrawRule(double X1, double Y1, double X2, double Y2, double Thickness, XColor Color) : DrawOp;

internal sealed record FillRect(double X, double Y, double Width, double Height, XColor Color) : DrawOp;

/// <summary>A table header row repeated on a continuation page: a pagination artifact, read once only.</summary>
internal sealed record ArtifactLine(TextLine Line, double X, double Top) : DrawOp;

/// <summary>Where a page's notes go; resolved when the page is full and its note area is known.</summary>
internal sealed class NotePlacement
{
    public double Top { get; set; }
}

/// <summary>A page's footnote area, filled while the page is laid out.</summary>
internal sealed class PageFrame(int number)
{
    public int Number { get; } = number;

    public double NotesTop { get; set; }

    public List<(NoteLayout Note, NotePlacement Placement)> Notes { get; } = [];
}
