using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and turns each page into lines in reading order. Refuses, with one line naming the
/// file, what cannot be read as text: a password-protected file, a damaged file, a scan without a text layer.
/// </summary>
internal static class PdfLayoutReader
{
    public static List<PdfPageLines> Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        List<PdfPageLines> pages;
        try
        {
            using var document = PdfDocument.Open(file.Bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            pages = [.. document.GetPages().Select(ReadPage)];
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PublishInputException(file.Path, "is an encrypted PDF that needs a password; save an unprotected copy first", inner: e);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw new PublishInputException(file.Path, $"is a damaged PDF ({OneLine(e.Message)})", inner: e);
        }

        if (pages.Count == 0)
        {
            throw new PublishInputException(file.Path, "is a PDF without pages");
        }

        if (pages.TrueForAll(p => p.Lines.Count == 0))
        {
            throw new PublishInputException(file.Path,
                "is a PDF without a text layer (a scan?): run OCR on it first, for example 'ocrmypdf -l nld FILE.pdf OUT.pdf'");
        }

        int number = 0;
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            line.Number = ++number;
        }

        return pages;
    }

    private static PdfPageLines ReadPage(Page page)
    {
        var glyphs = PdfGlyph.FromLetters(page.Letters, TagsOf(page));
        var lines = PdfReadingOrder.Sort(PdfLineBuilder.Build(page.Number, glyphs));
        return new PdfPageLines(page.Number, page.Width, page.Height, lines);
    }

    /// <summary>The innermost marked-content tag of each letter (parents first, children overwrite); empty for producers that write none.</summary>
    private static Dictionary<Letter, string> TagsOf(Page page)
    {
        var tags = new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<MarkedContentElement>(page.GetMarkedContents());
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var tag = element.IsArtifact ? "Artifact" : element.Tag;
            foreach (var letter in element.Letters)
            {
                tags[letter] = tag;
            }

            foreach (var child in element.Children)
            {
                stack.Push(child);
            }
        }

        return tags;
    }

    /// <summary>What PdfPig throws on a malformed file: its own format error, or a parser tripping over bad bytes.</summary>
    private static bool IsDamage(Exception e) =>
        e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or FormatException
            or KeyNotFoundException or InvalidCastException or IndexOutOfRangeException or NullReferenceException
            or OverflowException or NotSupportedException or IOException or InvalidDataException
        || e.GetType().Namespace?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) == true;

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
