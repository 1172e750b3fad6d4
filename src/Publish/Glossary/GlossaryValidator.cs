namespace Publish.Glossary;

/// <summary>
/// Checks that need more than one row: ids unique across files, and no Dutch form claimed by two entries
/// unless a note says how to tell them apart (otherwise the recogniser would pick one silently).
/// </summary>
internal static class GlossaryValidator
{
    public static void CheckAcrossEntries(IReadOnlyList<GlossaryEntry> entries, List<GlossaryIssue> issues)
    {
        var byId = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (byId.TryGetValue(entry.Id, out var first))
            {
                issues.Add(new GlossaryIssue(entry.File, entry.Line, GlossarySeverity.Error, $"duplicate id '{entry.Id}': also at {Where(first)}"));
            }
            else
            {
                byId.Add(entry.Id, entry);
            }
        }

        CheckDutchForms(entries, issues);
    }

    private static void CheckDutchForms(IReadOnlyList<GlossaryEntry> entries, List<GlossaryIssue> issues)
    {
        // Index by the case-folded form: an insensitive entry collides with any capitalisation of the form.
        var byFoldedForm = new Dictionary<string, List<GlossaryEntry>>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<(GlossaryEntry, GlossaryEntry)>();
        foreach (var entry in entries)
        {
            foreach (var form in entry.DutchForms.Distinct(StringComparer.Ordinal))
            {
                if (!byFoldedForm.TryGetValue(form, out var holders))
                {
                    byFoldedForm.Add(form, holders = []);
                }

                foreach (var earlier in holders)
                {
                    if (ReferenceEquals(earlier, entry) || !SameForm(earlier, entry, form) || !reported.Add((earlier, entry)))
                    {
                        continue;
                    }

                    if (Describe(earlier, entry, form) is { } message)
                    {
                        issues.Add(new GlossaryIssue(entry.File, entry.Line, GlossarySeverity.Error, message));
                    }
                }

                holders.Add(entry);
            }
        }
    }

    /// <summary>Two sensitive entries only collide when the capitals agree too (EU vs. "eu" never meet).</summary>
    private static bool SameForm(GlossaryEntry earlier, GlossaryEntry later, string form) =>
        !(earlier.CaseSensitive && later.CaseSensitive) || earlier.DutchForms.Contains(form, StringComparer.Ordinal);

    private static string? Describe(GlossaryEntry earlier, GlossaryEntry later, string form)
    {
        if (earlier.Note is not null || later.Note is not null)
        {
            return null;
        }

        return string.Equals(earlier.Target, later.Target, StringComparison.Ordinal)
            ? $"duplicate: Dutch form '{form}' of '{later.Id}' is already entry '{earlier.Id}' at {Where(earlier)} with the same English '{later.Target}'"
            : $"conflict: Dutch form '{form}' of '{later.Id}' ('{later.Target}') is also entry '{earlier.Id}' at {Where(earlier)} ('{earlier.Target}'); add a note telling the contexts apart";
    }

    private static string Where(GlossaryEntry entry) => $"{entry.File}:{entry.Line}";
}
