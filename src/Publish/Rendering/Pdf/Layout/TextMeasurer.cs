using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>Widths of strings in a font, from PDFsharp's own metrics (the ones it draws with), cached.</summary>
internal static class TextMeasurer
{
    private static readonly ConcurrentDictionary<(FontFace, double, string), double> Widths = new();
    private static readonly ThreadLocal<XGraphics> Context = new(() =>
        XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards));

    // A static method group: a lambda capturing the style would allocate a closure on every cache hit.
    private static readonly Func<(FontFace Face, double Size, string Text), double> Measure =
        key => Context.Value!.MeasureString(key.Text, PdfFonts.Get(key.Face, key.Size)).Width;

    public static double Width(string text, TextStyle style) =>
        text.Length == 0 ? 0 : Widths.GetOrAdd((style.Face, style.Size, text), Measure);
}
