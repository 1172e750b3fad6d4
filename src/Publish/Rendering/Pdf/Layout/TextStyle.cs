using PdfSharp.Drawing;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>Face, size, colour and line height of a piece of text.</summary>
internal sealed record TextStyle(FontFace Face, double Size, XColor Color, double Leading = 1.3)
{
    public XFont Font => PdfFonts.Get(Face, Size);

    public double LineHeight => Size * Leading;

    /// <summary>Liberation's ascent is 0.891 em; the baseline sits this far below the line top plus half the extra leading.</summary>
    public double Baseline => Size * 0.891 + (LineHeight - Size * 1.15) / 2;

    public TextStyle WithFace(FontFace face) => this with { Face = face };
}
