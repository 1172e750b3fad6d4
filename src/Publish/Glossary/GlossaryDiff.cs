namespace Publish.Glossary;

/// <summary>An old and a new value of one field of an entry, both as written in a TSV cell ("" when empty).</summary>
public sealed record GlossaryFieldChange(string Old, string New);

/// <summary>An entry present in both glossaries whose fields differ, keyed by TSV column name in column order.</summary>
public sealed record GlossaryEntryChange(string Id, GlossaryEntry Old, GlossaryEntry New, IReadOnlyDictionary<string, GlossaryFieldChange> Fields);

/// <summary>What changed between two glossaries, matched by id; every list is sorted by id.</summary>
public sealed record GlossaryDiffResult(
    string OldVersion,
    string NewVersion,
    IReadOnlyList<GlossaryEntry> Added,
    IReadOnlyList<GlossaryEntry> Removed,
    IReadOnlyList<GlossaryEntryChange> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Ids whose translations may differ now: batch regeneration redoes the documents that use them.</summary>
    public IEnumerable<string> AffectedIds => Added.Concat(Removed).Select(e => e.Id).Concat(Changed.Select(c => c.Id)).Order(StringComparer.Ordinal);
}

/// <summary>Compares two glossaries entry by entry. Moving a row to another file or line is not a change.</summary>
public static class GlossaryDiff
{
    public static GlossaryDiffResult Compare(Glossary old, Glossary @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var added = @new.Entries.Where(e => old.Find(e.Id) is null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var removed = old.Entries.Where(e => @new.Find(e.Id) is null).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var changed = new List<GlossaryEntryChange>();
        foreach (var before in old.Entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (@new.Find(before.Id) is not { } after)
            {
                continue;
            }

            var fields = new Dictionary<string, GlossaryFieldChange>(StringComparer.Ordinal);
            var oldCells = GlossaryTsvFormat.Cells(before);
            var newCells = GlossaryTsvFormat.Cells(after);
            for (int i = 0; i < GlossaryTsvFormat.Columns.Count; i++)
            {
                if (!string.Equals(oldCells[i], newCells[i], StringComparison.Ordinal))
                {
                    fields.Add(GlossaryTsvFormat.Columns[i], new GlossaryFieldChange(oldCells[i], newCells[i]));
                }
            }

            if (fields.Count > 0)
            {
                changed.Add(new GlossaryEntryChange(before.Id, before, after, fields));
            }
        }

        return new GlossaryDiffResult(old.Version, @new.Version, added, removed, changed);
    }
}
