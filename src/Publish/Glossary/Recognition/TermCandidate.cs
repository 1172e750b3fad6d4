using Publish.Documents;

namespace Publish.Glossary.Recognition;

/// <summary>A match of one form before overlaps are resolved.</summary>
internal readonly record struct TermCandidate(int Start, int Length, int Form)
{
    public int End => Start + Length;

    /// <summary>
    /// Keeps the longest candidates; among equal lengths the earliest start, then a listed form before a
    /// generated inflection, then the entry listed first in the glossary. A candidate overlapping one
    /// already kept is dropped, so the parts of a whole-compound match ("NAVO" in "NAVO-top") are not reported.
    /// </summary>
    public static IReadOnlyList<TermSpan> ResolveOverlaps(List<TermCandidate> candidates, TermForm[] forms, GlossaryEntry[] entries)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        candidates.Sort((a, b) =>
        {
            var order = b.Length.CompareTo(a.Length);
            if (order == 0)
            {
                order = a.Start.CompareTo(b.Start);
            }

            if (order == 0)
            {
                order = forms[a.Form].Generated.CompareTo(forms[b.Form].Generated);
            }

            if (order == 0)
            {
                order = forms[a.Form].Entry.CompareTo(forms[b.Form].Entry);
            }

            return order != 0 ? order : a.Form.CompareTo(b.Form);
        });

        // Kept candidates stay sorted by start, so a binary search finds the two neighbours to check.
        var kept = new List<TermCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = FirstStartingAtOrAfter(kept, candidate.Start);
            var overlapsNext = index < kept.Count && kept[index].Start < candidate.End;
            var overlapsPrevious = index > 0 && kept[index - 1].End > candidate.Start;
            if (!overlapsNext && !overlapsPrevious)
            {
                kept.Insert(index, candidate);
            }
        }

        var spans = new TermSpan[kept.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var entry = entries[forms[kept[i].Form].Entry];
            spans[i] = new TermSpan(kept[i].Start, kept[i].Length, entry.Source, entry.Target, entry.Id);
        }

        return spans;
    }

    private static int FirstStartingAtOrAfter(List<TermCandidate> sorted, int start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
