using Publish.Glossary;
using Publish.Glossary.Recognition;

namespace Publish.Rebuild;

/// <summary>
/// The entries a glossary diff touches, as two small recognisers: the old forms (changed and removed entries
/// as they were) and the new forms (changed and added entries as they are). A document needs re-annotating
/// only when one of them finds something in its source; the full recognisers then decide what changed.
/// </summary>
internal sealed class ChangedEntries
{
    private readonly TermRecognizer? oldForms;
    private readonly TermRecognizer? newForms;

    public ChangedEntries(GlossaryDiffResult diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        Diff = diff;
        var before = diff.Changed.Select(c => c.Old).Concat(diff.Removed).ToList();
        var after = diff.Changed.Select(c => c.New).Concat(diff.Added).ToList();
        oldForms = before.Count > 0 ? new TermRecognizer(before) : null;
        newForms = after.Count > 0 ? new TermRecognizer(after) : null;
    }

    public GlossaryDiffResult Diff { get; }

    /// <summary>True when a segment contains an old or a new form of a changed entry.</summary>
    public bool OccurIn(IEnumerable<string> segmentTexts) =>
        segmentTexts.Any(text => (oldForms?.Recognize(text).Count ?? 0) > 0 || (newForms?.Recognize(text).Count ?? 0) > 0);
}
