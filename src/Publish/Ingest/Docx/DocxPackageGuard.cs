using System.IO.Compression;
using System.Xml;

namespace Publish.Ingest.Docx;

/// <summary>
/// Checks a DOCX's bytes before the OpenXml SDK sees them, so that every refusal is a one-line
/// <see cref="PublishInputException"/>: not a zip, an OLE container (encrypted DOCX or legacy .doc),
/// a damaged zip, a zip without a main document, an oversized archive, a part with a DTD or broken XML.
/// </summary>
/// <remarks>
/// DOCX parts never need a DTD (the XML usage rules of ECMA-376 Part 2, OPC, forbid DTD declarations), and a
/// DTD is how external-entity and entity-expansion attacks get in. The SDK happens to prohibit DTDs
/// today, but we do not rely on that: every XML part is read once with <see cref="DtdProcessing.Prohibit"/>.
/// </remarks>
internal static class DocxPackageGuard
{
    public const string MainDocumentEntry = "word/document.xml";

    /// <summary>Archives that unpack to more than this are refused (zip bombs).</summary>
    private const long MaxUnpackedBytes = 512L * 1024 * 1024;

    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.StartsWith(ZipSignature);

    public static bool IsOleCompoundFile(ReadOnlySpan<byte> bytes) => bytes.StartsWith(OleSignature);

    /// <summary>
    /// Whether a zip archive has a <c>word/document.xml</c> entry; null when the archive cannot be read at all.
    /// </summary>
    public static bool? HasMainDocumentEntry(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            return zip.Entries.Any(e => IsMainDocument(e.FullName));
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static void Check(SourceFile file)
    {
        if (IsOleCompoundFile(file.Bytes))
        {
            throw new PublishInputException(file.Path,
                "is a password-protected DOCX or a legacy .doc (OLE compound file); save it as an unprotected .docx");
        }

        if (!IsZip(file.Bytes))
        {
            throw new PublishInputException(file.Path, "is not a DOCX (not a zip archive)");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(file.Bytes, writable: false), ZipArchiveMode.Read);
            CheckEntries(file, zip);
        }
        catch (InvalidDataException e)
        {
            throw new PublishInputException(file.Path, $"is a corrupt DOCX (damaged zip archive: {e.Message})", inner: e);
        }
    }

    private static void CheckEntries(SourceFile file, ZipArchive zip)
    {
        if (!zip.Entries.Any(e => IsMainDocument(e.FullName)))
        {
            throw new PublishInputException(file.Path, "is not a DOCX (no main document part)");
        }

        if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
        {
            throw new PublishInputException(file.Path, $"is refused: it unpacks to more than {MaxUnpackedBytes / (1024 * 1024)} MB");
        }

        foreach (var entry in zip.Entries)
        {
            if (IsXmlPart(entry))
            {
                CheckXmlPart(file, entry);
            }
        }
    }

    /// <summary>
    /// XML parts by name, and any other part that starts like XML: the relationships, not the name, say which
    /// part the SDK loads as the main document. SVG images are left alone: they legitimately carry a DOCTYPE
    /// and are never parsed by the reader.
    /// </summary>
    private static bool IsXmlPart(ZipArchiveEntry entry)
    {
        var name = entry.FullName;
        if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || entry.Length == 0)
        {
            return false;
        }

        using var stream = entry.Open();
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head[..read];
        return start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF, (byte)'<']) || start.StartsWith("<"u8);
    }

    private static void CheckXmlPart(SourceFile file, ZipArchiveEntry entry)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e) when (DeclaresDtd(entry))
        {
            throw new PublishInputException(file.Path,
                $"is refused: part '{entry.FullName}' declares a DTD (<!DOCTYPE>), which a DOCX never needs", inner: e);
        }
        catch (XmlException e)
        {
            throw new PublishInputException(file.Path,
                $"is a corrupt DOCX: part '{entry.FullName}' is not well-formed XML (line {e.LineNumber})", inner: e);
        }
    }

    /// <summary>A DOCTYPE must precede the root element, so the part's first few kilobytes tell.</summary>
    private static bool DeclaresDtd(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new StreamReader(stream);
        var buffer = new char[8192];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsMainDocument(string entryName) =>
        string.Equals(entryName, MainDocumentEntry, StringComparison.OrdinalIgnoreCase);
}
