using System.Text;

namespace Publish.Ingest.Text;

/// <summary>
/// Turns the bytes of a plain-text source into a string, detecting the encoding rather than assuming it:
/// a BOM (UTF-8, UTF-16 LE/BE) wins; otherwise strict UTF-8; otherwise Windows-1252 when every byte is
/// defined there. Binary content and text valid in neither are refused with the line of the first bad byte.
/// </summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // Windows-1252 leaves these five bytes undefined; text containing them is not 1252.
    private static readonly byte[] Undefined1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(SourceFile file)
    {
        var bytes = file.Bytes;
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return DecodeStrict(file, StrictUtf8, 3);
        }

        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return DecodeStrict(file, new UnicodeEncoding(false, false, true), 2);
        }

        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return DecodeStrict(file, new UnicodeEncoding(true, false, true), 2);
        }

        RefuseBinary(file);
        int invalid = FirstInvalidUtf8(bytes);
        if (invalid < 0)
        {
            return StrictUtf8.GetString(bytes);
        }

        if (bytes.AsSpan().IndexOfAny(Undefined1252) < 0)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }

        throw new PublishInputException(file.Path, "is neither UTF-8 nor Windows-1252 text (undecodable byte)", LineOf(bytes, invalid));
    }

    private static string DecodeStrict(SourceFile file, Encoding encoding, int preamble)
    {
        try
        {
            return encoding.GetString(file.Bytes, preamble, file.Bytes.Length - preamble);
        }
        catch (DecoderFallbackException e)
        {
            int at = preamble + Math.Max(0, e.Index);
            throw new PublishInputException(file.Path, $"is not valid {encoding.WebName} text despite its byte-order mark", LineOf(file.Bytes, at), e);
        }
    }

    /// <summary>NUL bytes or many control characters mean a binary file (UTF-16 without a BOM included: we need the BOM).</summary>
    private static void RefuseBinary(SourceFile file)
    {
        var sample = file.Bytes.AsSpan(0, Math.Min(file.Bytes.Length, 8192));
        int control = 0;
        foreach (byte b in sample)
        {
            if (b == 0)
            {
                throw new PublishInputException(file.Path, "is a binary file, not a text document (NUL bytes)");
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        if (control > sample.Length / 20)
        {
            throw new PublishInputException(file.Path, "is a binary file, not a text document (control characters)");
        }
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return -1;
        }

        System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out int read, out _, replaceInvalidSequences: false);
        return read;
    }

    private static int LineOf(byte[] bytes, int offset) => bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n') + 1;
}
