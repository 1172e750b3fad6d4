using Publish.Documents;

namespace Publish.Glossary.Recognition;

/// <summary>
/// Finds glossary terms in Dutch text. Built once per glossary, then thread-safe. Case-insensitive forms go
/// into a case-folded trie and case-sensitive forms into an exact one, so that the capitals of acronyms and
/// names do not lengthen the walks through ordinary lower-case words; single-word forms of closed-compound
/// entries also go, reversed, into a third trie walked back from word ends. Rules: Recognition/README.md.
/// </summary>
internal sealed class TermRecognizer
{
    private readonly GlossaryEntry[] entries;
    private readonly TermForm[] forms;

    // What the walk needs of each form, in one compact array: most forms reached are rejected on these alone.
    private readonly TermFormTraits[] traits;
    private readonly FormTrie insensitiveForms;
    private readonly FormTrie sensitiveForms;

    // Reversed, case-folded: a last compound part is found walking back from the end of a word.
    private readonly FormTrie closedEndings;
    private readonly bool hasClosedEndings;

    public TermRecognizer(IReadOnlyList<GlossaryEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        this.entries = [.. entries];
        forms = [.. TermFormCatalog.FormsOf(this.entries)];
        traits = [.. forms.Select(form => TermFormTraits.Of(form, this.entries[form.Entry]))];
        var insensitive = new TrieKeys();
        var sensitive = new TrieKeys();
        var closed = new TrieKeys();
        for (var i = 0; i < forms.Length; i++)
        {
            var form = forms[i];
            var folded = form.FoldedKey();
            (form.CaseSensitive ? sensitive : insensitive).Add(form.CaseSensitive ? form.Text : folded, i);
            if (traits[i].Compounds == CompoundUse.Closed && form.Text.All(TermText.IsWordChar))
            {
                var reversed = folded.ToCharArray();
                Array.Reverse(reversed);
                closed.Add(new string(reversed), i);
            }
        }

        insensitiveForms = insensitive.Build();
        sensitiveForms = sensitive.Build();
        closedEndings = closed.Build();
        hasClosedEndings = closed.Count > 0;
    }

    /// <summary>The glossary the recogniser was built from, in its original order.</summary>
    public IReadOnlyList<GlossaryEntry> Entries => entries;

    /// <summary>Number of Dutch forms searched for: lemmas, variants and generated inflections.</summary>
    public int FormCount => forms.Length;

    /// <summary>Glossary terms in text order; offsets are UTF-16 into <paramref name="text"/>. Spans do not overlap, except the parts nested in a hyphenated compound (see <see cref="TermCandidate.ResolveOverlaps"/>).</summary>
    public IReadOnlyList<TermSpan> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<TermCandidate>();
        for (var start = 0; start < text.Length; start++)
        {
            // A walk starts wherever a word could: not after a letter or digit (closed endings aside).
            if (!char.IsWhiteSpace(text[start]) && (start == 0 || !TermText.IsWordChar(text[start - 1])))
            {
                WalkForward<CaseFolding>(text, start, insensitiveForms, candidates);
                WalkForward<PunctuationFolding>(text, start, sensitiveForms, candidates);
            }
        }

        if (hasClosedEndings)
        {
            var wordStart = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && TermText.IsWordChar(text[i]))
                {
                    wordStart = wordStart < 0 ? i : wordStart;
                }
                else if (wordStart >= 0)
                {
                    // A last part needs room for a first part before it: shorter words are skipped outright.
                    if (i - wordStart > CompoundPosition.MinimumOtherPartLength)
                    {
                        WalkBackward(text, wordStart, i, candidates);
                    }

                    wordStart = -1;
                }
            }
        }

        return TermCandidate.ResolveOverlaps(text, candidates, forms, entries);
    }

    private void WalkForward<TFolding>(string text, int start, FormTrie trie, List<TermCandidate> candidates)
        where TFolding : struct, ICharFolding
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
                key = TFolding.Fold(text[i]);
                i++;
            }

            node = trie.Step(node, key);
            if (node == FormTrie.None)
            {
                return;
            }

            var formsHere = trie.FormsAt(node);
            if (formsHere.Length > 0)
            {
                startEdge ??= CompoundPosition.StartEdge(text, start);
                var endEdge = CompoundPosition.EndEdge(text, i);
                foreach (var form in formsHere)
                {
                    TryAccept(text, start, i, form, startEdge.Value, endEdge, verifyCase: false, candidates);
                }
            }
        }
    }

    /// <summary>Finds closed-compound last parts of the word text[wordStart..end), leaving room for a first part.</summary>
    private void WalkBackward(string text, int wordStart, int end, List<TermCandidate> candidates)
    {
        var node = FormTrie.Root;
        var endEdge = CompoundPosition.EndEdge(text, end);
        for (var start = end - 1; start >= wordStart + CompoundPosition.MinimumOtherPartLength; start--)
        {
            node = closedEndings.Step(node, TermText.FoldCase(text[start]));
            if (node == FormTrie.None)
            {
                return;
            }

            var formsHere = closedEndings.FormsAt(node);
            if (formsHere.Length > 0)
            {
                var startEdge = CompoundPosition.StartEdge(text, start);
                foreach (var form in formsHere)
                {
                    TryAccept(text, start, end, form, startEdge, endEdge, verifyCase: true, candidates);
                }
            }
        }
    }

    /// <param name="verifyCase">
    /// Whether the form was reached through the case-folded closed-endings trie, the one walk in which a
    /// case-sensitive form can match other capitals; the forward tries already compare case as the form needs.
    /// </param>
    private void TryAccept(string text, int start, int end, int formIndex, EdgeKind startEdge, EdgeKind endEdge, bool verifyCase, List<TermCandidate> candidates)
    {
        ref readonly var form = ref traits[formIndex];
        if (CompoundPosition.Allows(form.Compounds, startEdge, endEdge, form.Generated)
            && (!verifyCase || !form.CaseSensitive || (text[start] == form.First && forms[formIndex].MatchesExactly(text, start, end))))
        {
            candidates.Add(new TermCandidate(start, end - start, formIndex));
        }
    }
}
