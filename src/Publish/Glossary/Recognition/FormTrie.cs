namespace Publish.Glossary.Recognition;

/// <summary>
/// A read-only trie of folded glossary forms (<see cref="TermText.FoldCase"/>), thread-safe once built.
/// Nodes are numbered in depth-first order and each node's edges are stored when it is numbered, so a chain
/// of single-child nodes — the deep part of almost every walk — lies in consecutive memory. A hash table
/// of (node, character) transitions was measured first: at 100,000 entries nearly every step was a cache
/// miss and recognition ran at under 4 MB/s. Transitions from the root sit in a table indexed by character,
/// because every walk starts there.
/// </summary>
internal sealed class FormTrie
{
    public const int None = -1;
    public const int Root = 0;

    // A node's edges run from edgeStart[node] to edgeStart[node + 1]; its forms likewise in formStart.
    private readonly int[] edgeStart;
    private readonly char[] edgeChars;
    private readonly int[] edgeChildren;
    private readonly int[] formStart;
    private readonly int[] formIds;
    private readonly int[] rootChildren = new int[char.MaxValue + 1];

    private int nodeCount;
    private int edgeCount;
    private int formCount;

    /// <summary>Builds the trie of <paramref name="keys"/>; <paramref name="forms"/> says which form each key is.</summary>
    public FormTrie(string[] keys, int[] forms)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(forms);
        var sortedKeys = (string[])keys.Clone();
        var sortedForms = (int[])forms.Clone();

        // Equal keys may come out in any order: the recogniser orders candidates by entry and form itself.
        Array.Sort(sortedKeys, sortedForms, StringComparer.Ordinal);

        // One node per character not shared with the previous key, plus the root.
        var nodes = 1;
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            nodes += sortedKeys[i].Length - (i == 0 ? 0 : CommonPrefixLength(sortedKeys[i - 1], sortedKeys[i]));
        }

        edgeStart = new int[nodes + 1];
        formStart = new int[nodes + 1];
        edgeChars = new char[nodes];
        edgeChildren = new int[nodes];
        formIds = new int[sortedForms.Length];
        Array.Fill(rootChildren, None);

        var lo = 0;
        while (lo < sortedKeys.Length && sortedKeys[lo].Length == 0)
        {
            lo++;
        }

        AddNode(sortedKeys, sortedForms, lo, sortedKeys.Length, 0);
        edgeStart[nodeCount] = edgeCount;
        formStart[nodeCount] = formCount;

        // The root's edges are also copied into the direct table.
        for (var e = edgeStart[Root]; e < edgeStart[Root + 1]; e++)
        {
            rootChildren[edgeChars[e]] = edgeChildren[e];
        }
    }

    /// <summary>The child of <paramref name="node"/> along folded character <paramref name="c"/>, or <see cref="None"/>.</summary>
    public int Step(int node, char c)
    {
        if (node == Root)
        {
            return rootChildren[c];
        }

        int from = edgeStart[node], to = edgeStart[node + 1];
        if (to - from <= 8)
        {
            for (var e = from; e < to; e++)
            {
                if (edgeChars[e] == c)
                {
                    return edgeChildren[e];
                }
            }

            return None;
        }

        var found = Array.BinarySearch(edgeChars, from, to - from, c);
        return found >= 0 ? edgeChildren[found] : None;
    }

    /// <summary>The forms whose key ends at <paramref name="node"/>, in form order.</summary>
    public ReadOnlySpan<int> FormsAt(int node) => formIds.AsSpan(formStart[node], formStart[node + 1] - formStart[node]);

    private static int CommonPrefixLength(string a, string b) => a.AsSpan().CommonPrefixLength(b);

    /// <summary>
    /// Numbers the node for keys[lo..hi), which share their first <paramref name="depth"/> characters, stores
    /// its forms and edges, then its children. Sorted keys make each child's keys a contiguous run.
    /// </summary>
    private void AddNode(string[] keys, int[] forms, int lo, int hi, int depth)
    {
        var node = nodeCount++;
        edgeStart[node] = edgeCount;
        formStart[node] = formCount;
        while (lo < hi && keys[lo].Length == depth)
        {
            formIds[formCount++] = forms[lo++];
        }

        var firstEdge = edgeCount;
        for (var i = lo; i < hi; i++)
        {
            if (i == lo || keys[i][depth] != keys[i - 1][depth])
            {
                edgeChars[edgeCount++] = keys[i][depth];
            }
        }

        var edge = firstEdge;
        for (var start = lo; start < hi; edge++)
        {
            var end = start + 1;
            while (end < hi && keys[end][depth] == keys[start][depth])
            {
                end++;
            }

            edgeChildren[edge] = nodeCount;
            AddNode(keys, forms, start, end, depth + 1);
            start = end;
        }
    }
}
