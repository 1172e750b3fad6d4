using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Reads the query bigrams' posting blocks for a range of unit lengths, grouped by length, for
/// <see cref="SqliteFuzzySearch"/>. The statement runs through SQLitePCLRaw (<see cref="SqliteRawStatement"/>) and each block is copied out of
/// SQLite's buffer into one arena reused by every search (the lists hold offsets into it), instead of a data
/// reader and an array per block. One instance per connection; not thread-safe.
/// </summary>
internal sealed class FuzzyListReader(SqliteConnection connection) : IDisposable
{
    private const string BlocksSql = "SELECT token_count, units FROM fuzzy_block WHERE gram = ?1 AND token_count BETWEEN ?2 AND ?3";

    private readonly SqliteRawStatement blocks = new(connection, BlocksSql);
    private byte[] arena = new byte[1 << 20];
    private int arenaUsed;

    /// <summary>
    /// The lists of <paramref name="grams"/> by unit length, for lengths in [<paramref name="lowest"/>,
    /// <paramref name="highest"/>]; valid (with <see cref="Block"/>) until the next call.
    /// </summary>
    public SortedDictionary<int, List<GramList>> Read(IEnumerable<long> grams, int lowest, int highest)
    {
        arenaUsed = 0;
        var byLength = new SortedDictionary<int, List<GramList>>();
        foreach (var gram in grams)
        {
            Read(gram, lowest, highest, byLength);
        }

        return byLength;
    }

    /// <summary>A block of the last <see cref="Read"/>.</summary>
    public ReadOnlySpan<byte> Block(int offset, int length) => arena.AsSpan(offset, length);

    public void Dispose()
    {
        blocks.Dispose();
    }

    /// <summary>One bigram's posting blocks for the admissible token counts, added per token count.</summary>
    private void Read(long gram, int lowest, int highest, SortedDictionary<int, List<GramList>> byLength)
    {
        var statement = blocks.Prepared;
        raw.sqlite3_bind_int64(statement, 1, gram);
        raw.sqlite3_bind_int(statement, 2, lowest);
        raw.sqlite3_bind_int(statement, 3, highest);
        try
        {
            GramList? current = null;
            var currentLength = -1;
            while (blocks.Step())
            {
                var length = raw.sqlite3_column_int(statement, 0);
                var block = raw.sqlite3_column_blob(statement, 1);
                if (current is null || length != currentLength)
                {
                    if (!byLength.TryGetValue(length, out var lists))
                    {
                        byLength[length] = lists = [];
                    }

                    current = new GramList();
                    currentLength = length;
                    lists.Add(current);
                }

                current.Blocks.Add((Keep(block), block.Length));
                current.Count += PostingBlock.Count(block);
            }
        }
        finally
        {
            blocks.Reset();
        }
    }

    /// <summary>Copies a block into the arena; returns where it starts.</summary>
    private int Keep(ReadOnlySpan<byte> block)
    {
        if (arenaUsed + block.Length > arena.Length)
        {
            Array.Resize(ref arena, Math.Max(arena.Length * 2, arenaUsed + block.Length));
        }

        block.CopyTo(arena.AsSpan(arenaUsed));
        arenaUsed += block.Length;
        return arenaUsed - block.Length;
    }

    /// <summary>The blocks of one bigram for one token count, as (offset, length) in the arena.</summary>
    internal sealed class GramList
    {
        public List<(int Offset, int Length)> Blocks { get; } = [];

        public long Count { get; set; }
    }
}
