using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Publish.Ingest.Lexicon;

/// <summary>
/// A sorted set of words kept as one UTF-8 byte block plus start offsets, searched by binary search.
/// Chosen over a HashSet&lt;string&gt; because it loads several times faster (no string per word, no
/// hashing) and takes a fraction of the memory, while a lookup stays well under a microsecond.
/// </summary>
/// <remarks>
/// The embedded file is gzipped, one word a line, sorted by code point, front-coded: the first character
/// of a line says how many leading characters ('0'-'9', 'A'-'Z' = 0-35) the word shares with the word
/// before it. See build-lexicon.sh. Code point order equals UTF-8 byte order, so byte comparison works.
/// </remarks>
internal sealed class FrontCodedWordList
{
    private const int MaxStackBytes = 512;

    private readonly byte[] utf8;
    private readonly int[] starts;

    private FrontCodedWordList(byte[] utf8, int[] starts)
    {
        this.utf8 = utf8;
        this.starts = starts;
    }

    public int Count => starts.Length - 1;

    public static FrontCodedWordList LoadResource(Assembly assembly, string resourceName)
    {
        using var resource = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        gzip.CopyTo(decompressed);
        return Decode(decompressed.GetBuffer().AsSpan(0, (int)decompressed.Length));
    }

    /// <summary>True when the word, already lowercased and NFC-normalised, is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        int maxBytes = Encoding.UTF8.GetMaxByteCount(word.Length);
        Span<byte> buffer = maxBytes <= MaxStackBytes ? stackalloc byte[MaxStackBytes] : new byte[maxBytes];
        int length = Encoding.UTF8.GetBytes(word, buffer);
        ReadOnlySpan<byte> key = buffer[..length];

        int low = 0;
        int high = Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = Entry(middle).SequenceCompareTo(key);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private ReadOnlySpan<byte> Entry(int index) => utf8.AsSpan(starts[index], starts[index + 1] - starts[index]);

    private static FrontCodedWordList Decode(ReadOnlySpan<byte> text)
    {
        // Words are at least as long as their coded lines minus the prefix digit, usually about twice as
        // long; the buffer grows if a list shares more than that.
        var words = new byte[text.Length * 2];
        var starts = new List<int>(capacity: text.Length / 8) { 0 };
        int written = 0;
        int previousStart = 0;

        while (!text.IsEmpty)
        {
            int newline = text.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = newline < 0 ? text : text[..newline];
            text = newline < 0 ? [] : text[(newline + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            int sharedChars = PrefixDigit(line[0]);
            ReadOnlySpan<byte> previous = words.AsSpan(previousStart, written - previousStart);
            int sharedBytes = ByteLengthOfChars(previous, sharedChars);
            ReadOnlySpan<byte> rest = line[1..];

            int needed = written + sharedBytes + rest.Length;
            if (needed > words.Length)
            {
                Array.Resize(ref words, Math.Max(needed, words.Length * 2));
            }

            words.AsSpan(previousStart, sharedBytes).CopyTo(words.AsSpan(written));
            rest.CopyTo(words.AsSpan(written + sharedBytes));
            previousStart = written;
            written = needed;
            starts.Add(written);
        }

        Array.Resize(ref words, written);
        return new FrontCodedWordList(words, [.. starts]);
    }

    private static int PrefixDigit(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'A' and <= (byte)'Z' => digit - 'A' + 10,
        _ => throw new InvalidDataException($"Word list line starts with 0x{digit:X2}, not a prefix digit."),
    };

    /// <summary>Bytes taken by the first <paramref name="chars"/> code points; the build counts code points.</summary>
    private static int ByteLengthOfChars(ReadOnlySpan<byte> utf8Word, int chars)
    {
        int index = 0;
        for (int seen = 0; seen < chars && index < utf8Word.Length; seen++)
        {
            index++;
            while (index < utf8Word.Length && (utf8Word[index] & 0xC0) == 0x80)
            {
                index++;
            }
        }

        return index;
    }
}
