using System.Buffers;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The unit ids of one bigram posting block, ascending, delta-encoded as unsigned LEB128 varints after a
/// varint count (the layout of Lucene's doc-id blocks). On generated data at 1M units the gaps are mostly
/// below 128, so an id takes one or two bytes instead of eight: the fuzzy index shrinks and a search reads
/// far fewer pages.
/// </summary>
internal static class PostingBlock
{
    /// <summary>Encodes ids that are strictly ascending.</summary>
    public static byte[] Encode(ReadOnlySpan<long> ascendingIds)
    {
        var bytes = ArrayPool<byte>.Shared.Rent((ascendingIds.Length + 1) * 10);
        var length = WriteVarint(bytes, 0, (ulong)ascendingIds.Length);
        var previous = 0L;
        foreach (var id in ascendingIds)
        {
            length = WriteVarint(bytes, length, (ulong)(id - previous));
            previous = id;
        }

        return Copied(bytes, length);
    }

    /// <summary>Encodes the ids <paramref name="origin"/> + offset, for offsets that are strictly ascending.</summary>
    public static byte[] Encode(ReadOnlySpan<int> ascendingOffsets, long origin)
    {
        var bytes = ArrayPool<byte>.Shared.Rent((ascendingOffsets.Length + 1) * 10);
        var length = WriteVarint(bytes, 0, (ulong)ascendingOffsets.Length);
        var previous = 0L;
        foreach (var offset in ascendingOffsets)
        {
            length = WriteVarint(bytes, length, (ulong)(origin + offset - previous));
            previous = origin + offset;
        }

        return Copied(bytes, length);
    }

    /// <summary>How many ids the block holds, from its header alone.</summary>
    public static int Count(ReadOnlySpan<byte> block)
    {
        var offset = 0;
        return (int)ReadVarint(block, ref offset);
    }

    /// <summary>
    /// Decodes the ids, ascending, into <paramref name="ids"/> (grown when too small) and returns how many there
    /// are; the caller reuses the buffer from block to block.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> block, ref long[] ids)
    {
        var offset = 0;
        var count = (int)ReadVarint(block, ref offset);
        if (ids.Length < count)
        {
            ids = new long[Math.Max(count, ids.Length * 2)];
        }

        var id = 0L;
        // Most gaps fit in one byte: that case is a compare and an add (a search decodes a million ids).
        for (var i = 0; i < count; i++)
        {
            uint b = block[offset];
            if (b < 0x80)
            {
                offset++;
                id += b;
            }
            else
            {
                id += (long)ReadVarint(block, ref offset);
            }

            ids[i] = id;
        }

        return count;
    }

    private static int WriteVarint(byte[] bytes, int offset, ulong value)
    {
        while (value >= 0x80)
        {
            bytes[offset++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[offset++] = (byte)value;
        return offset;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int offset)
    {
        var value = 0UL;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[offset++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    private static byte[] Copied(byte[] rented, int length)
    {
        var block = rented.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(rented);
        return block;
    }
}
