using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>Widths of strings in a font, from PDFsharp's own metrics (the ones it draws with), cached.</summary>
internal static class TextMeasurer
{
    private static readonly ConcurrentDictionary<(FontFace, double, string), double> Widths = new();
    private static readonly ThreadLocal<XGraphics> Context = new(() =>
        XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards));

    public static double Width(string text, TextStyle style) =>
        text.Length == 0 ? 0 : Widths.GetOrAdd((style.Face, style.Size, text), key => Context.Value!.MeasureString(key.Item3, style.Font).Width);
}
