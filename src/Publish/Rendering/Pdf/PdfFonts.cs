using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Publish.Rendering.Pdf;

/// <summary>The faces the PDF uses; all from the OFL Liberation fonts committed under Rendering/Fonts.</summary>
internal enum FontFace
{
    Serif,
    SerifBold,
    SerifItalic,
    SerifBoldItalic,
    Sans,
    SansBold,
}

/// <summary>
/// Fonts for PDFsharp from embedded TTF resources only, never system fonts, so output is the same on every
/// machine. Each font is created with Unicode encoding (Identity-H with a ToUnicode map): the default
/// "Automatic" would also write a WinAnsi copy without a Unicode map.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    private const string Family = "Publish";
    private static readonly Lock InstallLock = new();
    private static readonly ConcurrentDictionary<(FontFace, double), XFont> Cache = new();
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Get(FontFace face, double size)
    {
        Install();
        return Cache.GetOrAdd((face, size), key => new XFont(Family + " " + key.Item1, key.Item2, XFontStyleEx.Regular, Unicode));
    }

    /// <summary>PDFsharp has one global resolver; ours answers for the "Publish …" families only.</summary>
    private static void Install()
    {
        if (GlobalFontSettings.FontResolver is PdfFonts)
        {
            return;
        }

        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is not PdfFonts)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.StartsWith(Family + " ", StringComparison.Ordinal) && Enum.TryParse<FontFace>(familyName[(Family.Length + 1)..], out var face)
            ? new FontResolverInfo(FileName(face))
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("Publish.Rendering.Fonts." + faceName + ".ttf");
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string FileName(FontFace face) => face switch
    {
        FontFace.Serif => "LiberationSerif-Regular",
        FontFace.SerifBold => "LiberationSerif-Bold",
        FontFace.SerifItalic => "LiberationSerif-Italic",
        FontFace.SerifBoldItalic => "LiberationSerif-BoldItalic",
        FontFace.Sans => "LiberationSans-Regular",
        _ => "LiberationSans-Bold",
    };
}
