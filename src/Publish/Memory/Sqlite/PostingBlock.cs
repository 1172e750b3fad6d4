using System.Buffers.Binary;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The unit ids of one bigram posting block, as little-endian 64-bit integers. Blocks are written once per
/// batch and never rewritten, so an import appends rows instead of updating long lists.
/// </summary>
internal static class PostingBlock
{
    public static byte[] Encode(long[] unitIds)
    {
        var bytes = new byte[unitIds.Length * sizeof(long)];
        for (var i = 0; i < unitIds.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(i * sizeof(long)), unitIds[i]);
        }

        return bytes;
    }

    public static void Decode(ReadOnlySpan<byte> block, List<long> unitIds)
    {
        for (var offset = 0; offset + sizeof(long) <= block.Length; offset += sizeof(long))
        {
            unitIds.Add(BinaryPrimitives.ReadInt64LittleEndian(block[offset..]));
        }
    }
}
