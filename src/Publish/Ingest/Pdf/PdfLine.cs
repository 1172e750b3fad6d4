namespace Publish.Ingest.Pdf;

/// <summary>What a line on a PDF page is, as far as the reader is concerned; <c>publish inspect</c> shows it.</summary>
internal enum PdfLineRole
{
    Body,
    Heading,
    FootnoteBody,
    RunningHeader,
    RunningFooter,
    PageNumber,
    Colophon,
    Artifact,
}

/// <summary>
/// A small raised run of digits glued to the line's text ("rapport¹"): a footnote marker candidate, or at the
/// start of a line the number of a footnote body. <see cref="Offset"/> is where it stood in <see cref="PdfLine.Text"/>.
/// </summary>
internal sealed record PdfRaisedNumber(int Offset, string Digits);

/// <summary>
/// One line of a page: letters on one baseline (small raised or lowered letters attached), split from its
/// neighbours on the same baseline by a wide gap. Coordinates are PDF user space (origin bottom left, y up),
/// relative to the crop box.
/// </summary>
internal sealed class PdfLine
{
    public PdfLine(int page, string text, IReadOnlyList<PdfRaisedNumber> raised, PdfLineGeometry geometry)
    {
        Page = page;
        Text = text;
        Raised = raised;
        Geometry = geometry;
    }

    /// <summary>1-based page number.</summary>
    public int Page { get; }

    /// <summary>The line's text, NFC, single-spaced, with raised digits taken out (see <see cref="Raised"/>).</summary>
    public string Text { get; }

    public IReadOnlyList<PdfRaisedNumber> Raised { get; }

    public PdfLineGeometry Geometry { get; }

    public PdfLineRole Role { get; set; }

    /// <summary>
    /// 1-based number of the line in the document: every line of every page counted in the order
    /// <c>publish inspect</c> lists them (pages in order, each in reading order). A PDF has no line numbers of its
    /// own; this is the one a block's and a warning's <c>line</c> give, so a user can find the line in inspect.
    /// </summary>
    public int Number { get; set; }

    /// <summary>The marked-content tag around most of its letters (<c>P</c>, <c>H</c>, <c>Note</c>, <c>Artifact</c>), if any.</summary>
    public string? Tag { get; init; }

    public double Left => Geometry.Left;

    public double Right => Geometry.Right;

    public double Baseline => Geometry.Baseline;

    public double Size => Geometry.Size;

    /// <summary>The footnote number when the line starts with a raised number (a footnote body's first line).</summary>
    public string? LeadingNumber => Raised is [{ Offset: 0 } first, ..] ? first.Digits : null;

    public override string ToString() => $"p{Page} {Role} {Size:0.##}pt x{Left:0.#} y{Baseline:0.#}: {Text}";
}

/// <summary>Where a line sits and how it is set: baseline, horizontal extent, main font size and font.</summary>
internal sealed record PdfLineGeometry(double Left, double Right, double Baseline, double Size, string FontName)
{
    public double Width => Right - Left;

    /// <summary>Approximate top of the capitals, for vertical gaps between lines.</summary>
    public double Top => Baseline + 0.75 * Size;

    /// <summary>Approximate bottom of the descenders.</summary>
    public double Bottom => Baseline - 0.25 * Size;
}
