namespace Publish.Glossary.Recognition;

/// <summary>
/// One Dutch form the recogniser looks for: a lemma, a listed variant or a generated inflection.
/// <paramref name="Text"/> is normalised (<see cref="TermText.NormalizeForm"/>) with its case kept, so a
/// case-sensitive form can be checked against the text after the case-folded trie has matched it.
/// </summary>
internal sealed record TermForm(int Entry, string Text, bool CaseSensitive, bool Generated)
{
    /// <summary>The trie key: every character case-folded.</summary>
    public string FoldedKey() => string.Create(Text.Length, Text, static (chars, text) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = TermText.FoldCase(text[i]);
        }
    });

    /// <summary>
    /// Whether <paramref name="text"/>[start..end) spells this form with the same capitals. The trie has
    /// already matched it case-folded, whitespace runs included, so only case and spacing are compared.
    /// </summary>
    public bool MatchesExactly(string text, int start, int end)
    {
        var j = 0;
        for (var i = start; i < end; j++)
        {
            if (j == Text.Length)
            {
                return false;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                if (Text[j] != ' ')
                {
                    return false;
                }

                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (TermText.FoldPunctuation(text[i]) != Text[j])
            {
                return false;
            }

            i++;
        }

        return j == Text.Length;
    }
}

/// <summary>
/// The facts about a form that decide most candidates without reading its text: its entry's compound use,
/// whether it is case-sensitive (and then its exact first character) and whether it was generated.
/// </summary>
internal readonly record struct TermFormTraits(CompoundUse Compounds, bool CaseSensitive, bool Generated, char First)
{
    public static TermFormTraits Of(TermForm form, GlossaryEntry entry) =>
        new(entry.Compounds, form.CaseSensitive, form.Generated, form.Text[0]);
}
