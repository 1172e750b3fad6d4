using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Publish.Rendering.Pdf;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>
/// Writes small PDFs for the layout edge cases with PDFsharp: wrapped body text, footnote markers drawn as small
/// raised digits ("word^1" in the text), footnotes at the page foot. Coordinates are from the top left, in points.
/// Text is set in the product's own embedded Liberation Sans: PDFsharp has one global font resolver per process.
/// </summary>
internal sealed class GeneratedPdf : IDisposable
{
    private readonly PdfDocument _document = new();
    private XGraphics? _graphics;

    public void AddPage(double width = 595, double height = 842)
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(width);
        page.Height = XUnit.FromPoint(height);
        _graphics = XGraphics.FromPdfPage(page);
    }

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page yet");

    /// <summary>Draws one line at a baseline; "^N" after a word draws N as a raised marker at 60 % of the size.</summary>
    public void Line(double x, double baseline, double size, string text)
    {
        var font = PdfFonts.Get(FontFace.Sans, size);
        var small = PdfFonts.Get(FontFace.Sans, size * 0.6);
        var parts = text.Split('^');
        double cursor = x;
        for (int i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i > 0)
            {
                int digits = part.TakeWhile(char.IsAsciiDigit).Count();
                Graphics.DrawString(part[..digits], small, XBrushes.Black, cursor, baseline - size * 0.35, XStringFormats.BaseLineLeft);
                cursor += Graphics.MeasureString(part[..digits], small).Width;
                part = part[digits..];
            }

            Graphics.DrawString(part, font, XBrushes.Black, cursor, baseline, XStringFormats.BaseLineLeft);
            cursor += Graphics.MeasureString(part, font).Width;
        }
    }

    /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="width"/> points; returns the next baseline.</summary>
    public double Paragraph(double x, double baseline, double width, double size, string text)
    {
        var font = PdfFonts.Get(FontFace.Sans, size);
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Graphics.MeasureString(candidate.Replace("^", "", StringComparison.Ordinal), font).Width > width)
            {
                Line(x, baseline, size, line);
                baseline += size * 1.25;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        Line(x, baseline, size, line);
        return baseline + size * 1.25;
    }

    public void Encrypt(string password) => _document.SecuritySettings.UserPassword = password;

    public byte[] ToBytes()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }
}
