using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Publish.Ingest.Markdown;

/// <summary>
/// The visible number of each Markdown footnote. When every footnote label is a number ("[^1]", "[^12]"),
/// the labels are the numbers, as the author wrote them; otherwise Markdig's order (1, 2… by first
/// reference) is used for all, so numbers never collide.
/// </summary>
internal sealed class MarkdownFootnoteNumbers
{
    private readonly bool _labelsAreNumbers;

    public MarkdownFootnoteNumbers(MarkdownDocument document)
    {
        Footnotes = [.. document.Descendants<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>())];
        _labelsAreNumbers = Footnotes.Count > 0 && Footnotes.TrueForAll(f => NumericLabel(f) is not null);
        Footnotes.Sort((a, b) => SortKey(a).CompareTo(SortKey(b)));
    }

    /// <summary>All footnote definitions, in number order.</summary>
    public List<Footnote> Footnotes { get; }

    public string NumberOf(Footnote footnote) =>
        _labelsAreNumbers && NumericLabel(footnote) is { } label
            ? label.ToString(CultureInfo.InvariantCulture)
            : footnote.Order.ToString(CultureInfo.InvariantCulture);

    private int SortKey(Footnote footnote) =>
        _labelsAreNumbers && NumericLabel(footnote) is { } label ? label : footnote.Order;

    /// <summary>Markdig keeps the caret in the label ("^1"), as it does in the reference.</summary>
    private static int? NumericLabel(Footnote footnote) =>
        int.TryParse(footnote.Label?.TrimStart('^'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
