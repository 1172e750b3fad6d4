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

    // What the walk needs of each form, in one compact array: most forms reached are rejected on these alone.
    private readonly TermFormTraits[] traits;
    private readonly FormTrie forward;

    // Forms of closed-compound entries, reversed: walked back from word ends to find a last compound part.
    private readonly FormTrie closedEndings;
    private readonly bool hasClosedEntries;

    public TermRecognizer(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = [.. entries];
        forms = [.. TermFormCatalog.FormsOf(this.entries)];
        traits = [.. forms.Select(form => TermFormTraits.Of(form, this.entries[form.Entry]))];
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
        EdgeKind? startEdge = null;
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

            var formsHere = forward.FormsAt(node);
            if (formsHere.Length > 0)
            {
                startEdge ??= CompoundPosition.StartEdge(text, start);
                var endEdge = CompoundPosition.EndEdge(text, i);
                foreach (var form in formsHere)
                {
                    TryAccept(text, start, i, form, startEdge.Value, endEdge, candidates);
                }
            }
        }
    }

    private void WalkBackward(string text, int end, List<TermCandidate> candidates)
    {
        var node = FormTrie.Root;
        var i = end - 1;
        var endEdge = CompoundPosition.EndEdge(text, end);
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
            var formsHere = closedEndings.FormsAt(node);
            if (formsHere.Length > 0 && start > 0 && TermText.IsWordChar(text[start - 1]))
            {
                var startEdge = CompoundPosition.StartEdge(text, start);
                foreach (var form in formsHere)
                {
                    TryAccept(text, start, end, form, startEdge, endEdge, candidates);
                }
            }
        }
    }

    private void TryAccept(string text, int start, int end, int formIndex, EdgeKind startEdge, EdgeKind endEdge, List<TermCandidate> candidates)
    {
        ref readonly var form = ref traits[formIndex];
        if (CompoundPosition.Allows(form.Compounds, startEdge, endEdge, form.Generated)
            && (!form.CaseSensitive || (TermText.FoldPunctuation(text[start]) == form.First && forms[formIndex].MatchesExactly(text, start, end))))
        {
            candidates.Add(new TermCandidate(start, end - start, formIndex));
        }
    }
}
