using System.Text;
using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Ingest.Docx;

namespace Publish.Ingest;

/// <summary>
/// Decides which reader a source needs, from its content first and its name only for text: a PDF header,
/// a DOCX zip, binary junk, and then Markdown versus plain text.
/// </summary>
/// <remarks>
/// Plain text extracted from PDFs has numbered answers ("1. Antwoord…") and dashes at line starts, so
/// Markdown is only assumed for a text file without a .md name when it shows markup that plain text does
/// not produce: at least two ATX headings, or two different kinds of strong markup (ATX heading, footnote
/// definition "[^1]:", fenced code, table delimiter row), or one of those plus a blank-line-separated
/// bullet list, an inline link or strong emphasis.
/// </remarks>
internal static partial class SourceFormatSniffer
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>A text sample with more control characters than this share is taken to be binary.</summary>
    private const double MaxControlShare = 0.05;

    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd"];

    private static readonly string[] DocxExtensions = [".docx", ".docm", ".dotx"];

    internal static SourceFormat Detect(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = file.Bytes;
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));

        // ISO 32000-1 §7.5.2 puts "%PDF-" first; leading whitespace is tolerated, but not the string
        // somewhere later, which a text about PDFs may well contain.
        if (head.TrimStart(" \t\r\n"u8).StartsWith("%PDF-"u8))
        {
            return SourceFormat.Pdf;
        }

        if (DocxPackageGuard.IsOleCompoundFile(bytes))
        {
            throw new PublishInputException(file.Path,
                "is a password-protected DOCX or a legacy .doc (OLE compound file); save it as an unprotected .docx");
        }

        var extension = Path.GetExtension(file.Path);
        if (DocxPackageGuard.IsZip(bytes))
        {
            return DocxPackageGuard.HasMainDocumentEntry(bytes) switch
            {
                true => SourceFormat.Docx,
                false => throw new PublishInputException(file.Path, "is a zip archive but not a DOCX"),

                // A damaged archive named .docx goes to the DOCX reader, which says what is wrong with it.
                null when DocxExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) => SourceFormat.Docx,
                null => throw new PublishInputException(file.Path, "is a damaged zip archive, not a document"),
            };
        }

        // A name that promises a DOCX on content that is not a zip is a broken or mislabelled file, not text.
        if (DocxExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new PublishInputException(file.Path, "is not a DOCX (not a zip archive)");
        }

        // UTF-16 text is full of NUL bytes but is text; the text reader decides what to make of it.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SourceFormat.Text;
        }

        if (IsBinary(bytes.AsSpan(0, Math.Min(bytes.Length, SampleBytes))))
        {
            throw new PublishInputException(file.Path, "is a binary file, not a document");
        }

        if (MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return SourceFormat.Markdown;
        }

        return LooksLikeMarkdown(Encoding.UTF8.GetString(bytes)) ? SourceFormat.Markdown : SourceFormat.Text;
    }

    internal static bool LooksLikeMarkdown(string text)
    {
        var lines = text.Split('\n');
        int atxHeadings = 0, footnoteDefinitions = 0, fences = 0, tableDelimiters = 0, separatedBullets = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            atxHeadings += AtxHeading().IsMatch(line) ? 1 : 0;
            footnoteDefinitions += FootnoteDefinition().IsMatch(line) ? 1 : 0;
            fences += line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal) ? 1 : 0;
            tableDelimiters += TableDelimiter().IsMatch(line) ? 1 : 0;
            separatedBullets += BulletItem().IsMatch(line) && (i == 0 || lines[i - 1].Trim().Length == 0) ? 1 : 0;
        }

        var strongKinds = new[] { atxHeadings, footnoteDefinitions, fences, tableDelimiters }.Count(n => n > 0);
        var weakSignal = separatedBullets > 0 || InlineLink().IsMatch(text) || StrongEmphasis().IsMatch(text);
        return atxHeadings >= 2 || strongKinds >= 2 || (strongKinds == 1 && weakSignal);
    }

    /// <summary>NUL bytes, or many control characters other than tab, line feed, carriage return, form feed.</summary>
    private static bool IsBinary(ReadOnlySpan<byte> sample)
    {
        if (sample.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) || b == 0x7F)
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls > sample.Length * MaxControlShare;
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S")]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"^\[\^[^\]\s]+\]:")]
    private static partial Regex FootnoteDefinition();

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"^[-*+][ \t]+\S")]
    private static partial Regex BulletItem();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*")]
    private static partial Regex StrongEmphasis();
}
