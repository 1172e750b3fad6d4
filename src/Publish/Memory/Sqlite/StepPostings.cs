using System.Runtime.InteropServices;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The fuzzy postings of one import index step, built in memory from the prepared units and the ids their
/// inserts returned, on a thread of their own (<see cref="StepPostingsBuilder"/>), so the writing thread
/// neither reads the step's tokens back nor hashes and groups them: it only writes the sealed blocks.
/// They stand for the index of the step only when they hold exactly the pending id range (see
/// <see cref="Covers"/>); otherwise (another process wrote or indexed units meanwhile) the indexer reads
/// the range from the table as before.
/// </summary>
internal sealed class StepPostings
{
    private readonly Dictionary<(long Gram, int TokenCount), List<long>> lists = [];
    private long first;
    private long last;
    private long units;

    /// <summary>The sealed blocks in key order: (bigram, token count), first id, encoded ids.</summary>
    public (long Gram, int TokenCount)[] Keys { get; private set; } = [];

    public long[] FirstUnits { get; private set; } = [];

    public byte[][] Blocks { get; private set; } = [];

    /// <summary>Adds a unit; ids arrive in ascending order, as the inserts assign them.</summary>
    public void Add(long id, long[] grams, int tokenCount)
    {
        if (units == 0)
        {
            first = id;
        }

        last = id;
        units++;
        foreach (var gram in grams)
        {
            ref var ids = ref CollectionsMarshal.GetValueRefOrAddDefault(lists, (gram, tokenCount), out _);
            (ids ??= []).Add(id);
        }
    }

    /// <summary>
    /// Whether these postings are exactly those of the units with ids in (<paramref name="from"/>, <paramref name="to"/>]:
    /// as many distinct ascending ids as the range has, starting and ending at its ends.
    /// </summary>
    public bool Covers(long from, long to) =>
        to > from && units == to - from && first == from + 1 && last == to;

    /// <summary>Sorts the keys and encodes each list as one block (<see cref="PostingBlock"/>).</summary>
    public StepPostings Seal()
    {
        Keys = [.. lists.Keys];
        Array.Sort(Keys);
        FirstUnits = new long[Keys.Length];
        Blocks = new byte[Keys.Length][];
        for (var i = 0; i < Keys.Length; i++)
        {
            var ids = lists[Keys[i]];
            FirstUnits[i] = ids[0];
            Blocks[i] = PostingBlock.Encode(CollectionsMarshal.AsSpan(ids));
        }

        lists.Clear();
        return this;
    }
}
