using Publish.Documents;

namespace Publish.Glossary.Recognition;

/// <summary>
/// Finds glossary terms in Dutch text. Built once per glossary (the forms go into a case-folded trie, and
/// the forms of closed-compound entries also, reversed, into a second trie), then thread-safe. Matching
/// rules are documented in Recognition/README.md.
/// </summary>
internal sealed class TermRecognizer
{
    private readonly GlossaryEntry[] entries;
    private readonly TermForm[] forms;
    private readonly FormTrie forward;

    // Forms of closed-compound entries, reversed: walked back from word ends to find a last compound part.
    private readonly FormTrie closedEndings;
    private readonly bool hasClosedEntries;

    public TermRecognizer(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = [.. entries];
        forms = [.. TermFormCatalog.FormsOf(this.entries)];
        var keys = new string[forms.Length];
        var formIds = new int[forms.Length];
        var closedKeys = new List<string>();
        var closedFormIds = new List<int>();
        for (var i = 0; i < forms.Length; i++)
        {
            keys[i] = forms[i].FoldedKey();
            formIds[i] = i;
            if (this.entries[forms[i].Entry].Compounds == CompoundUse.Closed && forms[i].StartsWithWordChar && forms[i].EndsWithWordChar)
            {
                var reversed = keys[i].ToCharArray();
                Array.Reverse(reversed);
                closedKeys.Add(new string(reversed));
                closedFormIds.Add(i);
            }
        }

        forward = new FormTrie(keys, formIds);
        closedEndings = new FormTrie([.. closedKeys], [.. closedFormIds]);
        hasClosedEntries = closedKeys.Count > 0;
    }

    /// <summary>The glossary the recogniser was built from, in its original order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => entries;

    /// <summary>Number of Dutch forms searched for: lemmas, variants and generated inflections.</summary>
    public int FormCount => forms.Length;

    /// <summary>Non-overlapping glossary terms in text order; offsets are UTF-16 into <paramref name="text"/>.</summary>
    public IReadOnlyList<TermSpan> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<TermCandidate>();
        for (var start = 0; start < text.Length; start++)
        {
            // A walk starts wherever a word could: not after a letter or digit (closed endings aside).
            if (!char.IsWhiteSpace(text[start]) && (start == 0 || !TermText.IsWordChar(text[start - 1])))
            {
                WalkForward(text, start, candidates);
            }
        }

        if (hasClosedEntries)
        {
            for (var end = 1; end <= text.Length; end++)
            {
                if (TermText.IsWordChar(text[end - 1]) && (end == text.Length || !TermText.IsWordChar(text[end])))
                {
                    WalkBackward(text, end, candidates);
                }
            }
        }

        return TermCandidate.ResolveOverlaps(candidates, forms, entries);
    }

    private void WalkForward(string text, int start, List<TermCandidate> candidates)
    {
        var node = FormTrie.Root;
        var i = start;
        while (i < text.Length)
        {
            char key;
            if (char.IsWhiteSpace(text[i]))
            {
                // Any run of whitespace matches the single space of a multi-word form.
                key = ' ';
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            else
            {
                key = TermText.FoldCase(text[i]);
                i++;
            }

            node = forward.Step(node, key);
            if (node == FormTrie.None)
            {
                return;
            }

            foreach (var form in forward.FormsAt(node))
            {
                TryAccept(text, start, i, form, candidates);
            }
        }
    }

    private void WalkBackward(string text, int end, List<TermCandidate> candidates)
    {
        var node = FormTrie.Root;
        var i = end - 1;
        while (i >= 0)
        {
            char key;
            if (char.IsWhiteSpace(text[i]))
            {
                key = ' ';
                while (i >= 0 && char.IsWhiteSpace(text[i]))
                {
                    i--;
                }
            }
            else
            {
                key = TermText.FoldCase(text[i]);
                i--;
            }

            node = closedEndings.Step(node, key);
            if (node == FormTrie.None)
            {
                return;
            }

            // Matches starting at a word boundary were already found walking forward.
            var start = i + 1;
            if (start > 0 && TermText.IsWordChar(text[start - 1]))
            {
                foreach (var form in closedEndings.FormsAt(node))
                {
                    TryAccept(text, start, end, form, candidates);
                }
            }
        }
    }

    private void TryAccept(string text, int start, int end, int formIndex, List<TermCandidate> candidates)
    {
        var form = forms[formIndex];
        var startEdge = CompoundPosition.StartEdge(text, start, form);
        var endEdge = CompoundPosition.EndEdge(text, end, form);
        if (CompoundPosition.Allows(entries[form.Entry].Compounds, startEdge, endEdge, form.Generated)
            && (!form.CaseSensitive || form.MatchesExactly(text, start, end)))
        {
            candidates.Add(new TermCandidate(start, end - start, formIndex));
        }
    }
}
