using Publish.Documents;

namespace Publish.Glossary.Recognition;

/// <summary>A match of one form before overlaps are resolved.</summary>
internal readonly record struct TermCandidate(int Start, int Length, int Form)
{
    public int End => Start + Length;

    /// <summary>
    /// Keeps the longest candidates; among equal lengths the earliest start, then a listed form before a
    /// generated inflection, then the entry listed first in the glossary. A candidate overlapping one
    /// already kept is dropped, except the parts of a hyphenated compound matched whole: "NAVO-bondgenoten"
    /// (NATO Allies) also reports NAVO (NATO) and bondgenoten (Allies), nested inside it, so the translator
    /// sees every term the compound is made of. Spans are ordered by start, an enclosing span first.
    /// </summary>
    public static IReadOnlyList<TermSpan> ResolveOverlaps(string text, List<TermCandidate> candidates, TermForm[] forms, GlossaryEntry[] entries)
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

        var withParts = AddCompoundParts(text, candidates, kept);
        var spans = new TermSpan[withParts.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            var entry = entries[forms[withParts[i].Form].Entry];
            spans[i] = new TermSpan(withParts[i].Start, withParts[i].Length, entry.Source, entry.Target, entry.Id);
        }

        return spans;
    }

    /// <summary>Within each kept span that contains a hyphen, the best candidates that cover whole hyphen-separated parts.</summary>
    private static List<TermCandidate> AddCompoundParts(string text, List<TermCandidate> ranked, List<TermCandidate> kept)
    {
        var result = new List<TermCandidate>(kept.Count);
        foreach (var outer in kept)
        {
            result.Add(outer);
            if (text.AsSpan(outer.Start, outer.Length).IndexOf('-') < 0)
            {
                continue;
            }

            var parts = new List<TermCandidate>();
            foreach (var inner in ranked)
            {
                bool inside = inner != outer && inner.Start >= outer.Start && inner.End <= outer.End;
                if (inside && IsWholePart(text, outer, inner) && !parts.Exists(p => p.Start < inner.End && inner.Start < p.End))
                {
                    parts.Add(inner);
                }
            }

            result.AddRange(parts.OrderBy(p => p.Start));
        }

        return result;
    }

    /// <summary>The inner candidate begins and ends at the compound's edges or at its hyphens.</summary>
    private static bool IsWholePart(string text, TermCandidate outer, TermCandidate inner) =>
        (inner.Start == outer.Start || text[inner.Start - 1] == '-') && (inner.End == outer.End || text[inner.End] == '-');

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
