namespace Publish.Glossary.Recognition;

/// <summary>Expands glossary entries into the forms the recogniser searches for.</summary>
internal static class TermFormCatalog
{
    /// <summary>
    /// Every listed form of every entry (lemma first, then variants), followed for <see cref="TermKind.Term"/>
    /// entries by the generated inflections of each listed form (<see cref="DutchInflections"/>). Forms an
    /// entry already has (compared as the entry's case rule compares them) are not repeated.
    /// </summary>
    public static IEnumerable<TermForm> FormsOf(IReadOnlyList<GlossaryEntry> entries)
    {
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            // An entry has a handful of forms: a list is cheaper to build than a set, 100,000 times over.
            var comparison = entry.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var seen = new List<string>(4);
            var listed = new List<string>(2);
            foreach (var form in entry.DutchForms.Select(TermText.NormalizeForm))
            {
                if (form.Length > 0 && Add(seen, form, comparison))
                {
                    listed.Add(form);
                    yield return new TermForm(index, form, entry.CaseSensitive, Generated: false);
                }
            }

            if (entry.Kind != TermKind.Term)
            {
                continue;
            }

            foreach (var inflected in listed.SelectMany(DutchInflections.Of))
            {
                if (Add(seen, inflected, comparison))
                {
                    yield return new TermForm(index, inflected, entry.CaseSensitive, Generated: true);
                }
            }
        }
    }

    private static bool Add(List<string> seen, string form, StringComparison comparison)
    {
        foreach (var known in seen)
        {
            if (string.Equals(known, form, comparison))
            {
                return false;
            }
        }

        seen.Add(form);
        return true;
    }
}
