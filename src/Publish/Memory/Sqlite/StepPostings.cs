using System.Runtime.InteropServices;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The fuzzy postings of one import transaction, built in memory from the prepared units and the ids their
/// inserts returned, on a thread of their own (<see cref="StepPostingsBuilder"/>), so the writing thread
/// neither reads the step's tokens back nor hashes and groups them: it only writes the sealed blocks.
/// They stand for the index of the step only when they hold exactly the pending id range (see
/// <see cref="Covers"/>); otherwise (another process wrote or indexed units meanwhile) the indexer reads
/// the range from the table as before.
/// Postings are appended to two flat arrays (list number, id) and grouped by a counting sort when sealed:
/// a list per key would be some 50,000 growing arrays a step that all outlive several collections. The flat
/// arrays (<see cref="Scratch"/>) are the builder's, reused by every step of an import and dropped with it.
/// </summary>
internal sealed class StepPostings(StepPostings.Scratch scratch)
{
    private readonly Dictionary<(long Gram, int TokenCount), int> listOf = [];
    private readonly List<(long Gram, int TokenCount)> lists = [];
    private int postings;
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
        scratch.Reserve(postings + grams.Length, postings);
        var listOfPosting = scratch.Lists;
        var idOfPosting = scratch.Ids;
        foreach (var gram in grams)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(listOf, (gram, tokenCount), out var exists);
            if (!exists)
            {
                list = lists.Count;
                lists.Add((gram, tokenCount));
            }

            listOfPosting[postings] = list;
            idOfPosting[postings++] = (int)(id - first);
        }
    }

    /// <summary>
    /// Whether these postings are exactly those of the units with ids in (<paramref name="from"/>, <paramref name="to"/>]:
    /// as many distinct ascending ids as the range has, starting and ending at its ends.
    /// </summary>
    public bool Covers(long from, long to) =>
        to > from && units == to - from && first == from + 1 && last == to;

    /// <summary>Sorts the keys and encodes each list as one block (<see cref="PostingBlock"/>); frees the work arrays.</summary>
    public StepPostings Seal()
    {
        // Counting sort by list, stable, so each list's ids stay ascending; lists are then laid out in key order.
        var order = Enumerable.Range(0, lists.Count).ToArray();
        Keys = [.. lists];
        Array.Sort(Keys, order);
        var (listOfPosting, idOfPosting) = (scratch.Lists, scratch.Ids);
        var start = new int[lists.Count + 1];
        for (var i = 0; i < postings; i++)
        {
            start[listOfPosting[i] + 1]++;
        }

        var offset = new int[lists.Count];
        var position = 0;
        foreach (var list in order)
        {
            offset[list] = position;
            position += start[list + 1];
        }

        var grouped = scratch.Grouped(postings);
        var end = (int[])offset.Clone();
        for (var i = 0; i < postings; i++)
        {
            grouped[end[listOfPosting[i]]++] = idOfPosting[i];
        }

        FirstUnits = new long[Keys.Length];
        Blocks = new byte[Keys.Length][];
        for (var k = 0; k < Keys.Length; k++)
        {
            var list = order[k];
            var ids = grouped.AsSpan(offset[list], end[list] - offset[list]);
            FirstUnits[k] = first + ids[0];
            Blocks[k] = PostingBlock.Encode(ids, first);
        }

        listOf.Clear();
        lists.Clear();
        return this;
    }

    /// <summary>The work arrays of one builder: postings as (list number, id) in arrival order, and the grouped ids.</summary>
    internal sealed class Scratch
    {
        private int[] grouped = [];

        public int[] Lists { get; private set; } = new int[1 << 16];

        /// <summary>Ids as offsets from the step's first id: half the memory of the ids themselves.</summary>
        public int[] Ids { get; private set; } = new int[1 << 16];

        /// <summary>Makes room for <paramref name="needed"/> postings, keeping the first <paramref name="used"/>.</summary>
        public void Reserve(int needed, int used)
        {
            if (needed <= Ids.Length)
            {
                return;
            }

            var size = Math.Max(needed, Ids.Length * 2);
            var lists = new int[size];
            var ids = new int[size];
            Lists.AsSpan(0, used).CopyTo(lists);
            Ids.AsSpan(0, used).CopyTo(ids);
            (Lists, Ids) = (lists, ids);
        }

        public int[] Grouped(int postings) => grouped.Length >= postings ? grouped : grouped = new int[Math.Max(postings, Ids.Length)];
    }
}
