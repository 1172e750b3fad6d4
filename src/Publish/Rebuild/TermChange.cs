using Publish.Documents;

namespace Publish.Rebuild;

/// <summary>How a glossary term of one segment differs between the old and the new glossary.</summary>
internal enum TermChangeKind
{
    /// <summary>The same Dutch words are the same entry, with another English rendering.</summary>
    Rendering,

    /// <summary>Dutch words that were no term (or another one) are now a term.</summary>
    Added,

    /// <summary>Dutch words that were a term are none now (entry or form removed, or shadowed by a longer one).</summary>
    Removed,
}

/// <summary>One changed term of a segment: its source words, the entry and the old and new English.</summary>
internal sealed record TermChange(TermChangeKind Kind, string Source, string Entry, string? OldTarget, string? NewTarget)
{
    /// <summary>
    /// The changes between a segment's terms under the old and the new glossary: spans at the same place for the
    /// same entry are a rendering change when the English differs; the others were added or removed.
    /// </summary>
    public static List<TermChange> Between(IReadOnlyList<TermSpan> oldTerms, IReadOnlyList<TermSpan> newTerms)
    {
        var changes = new List<TermChange>();
        var unmatchedNew = newTerms.ToList();
        foreach (var old in oldTerms)
        {
            var index = unmatchedNew.FindIndex(n => n.Start == old.Start && n.Length == old.Length && n.Entry == old.Entry);
            if (index < 0)
            {
                changes.Add(new TermChange(TermChangeKind.Removed, old.Source, old.Entry ?? "", old.Target, null));
                continue;
            }

            var now = unmatchedNew[index];
            unmatchedNew.RemoveAt(index);
            if (!string.Equals(now.Target, old.Target, StringComparison.Ordinal))
            {
                changes.Add(new TermChange(TermChangeKind.Rendering, old.Source, old.Entry ?? "", old.Target, now.Target));
            }
        }

        changes.AddRange(unmatchedNew.Select(n => new TermChange(TermChangeKind.Added, n.Source, n.Entry ?? "", null, n.Target)));
        return changes;
    }
}
