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
            var seen = new HashSet<string>(entry.CaseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
            var listed = new List<string>();
            foreach (var form in entry.DutchForms.Select(TermText.NormalizeForm))
            {
                if (form.Length > 0 && seen.Add(form))
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
                if (seen.Add(inflected))
                {
                    yield return new TermForm(index, inflected, entry.CaseSensitive, Generated: true);
                }
            }
        }
    }
}
