using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Recognises placeables in one (unwrapped, single-spaced) Dutch sentence: Kamerstuk references, Kamer
/// registration numbers, URLs, e-mail addresses, dates, amounts, percentages, times and numbers, each
/// with its span, kind and English rendering. Thread-safe; create once and share.
/// </summary>
internal sealed class PlaceableRecognizer
{
    private readonly IPlaceableCandidateRecognizer[] digitRecognizers =
    [
        new KamerstukReferenceRecognizer(),
        new DutchDateRecognizer(),
        new AmountRecognizer(),
        new PercentRecognizer(),
        new TimeRecognizer(),
        new NumberRecognizer(),
    ];

    // URLs and e-mail addresses are the only placeables that can do without a digit.
    private readonly IPlaceableCandidateRecognizer webAddressRecognizer = new WebAddressRecognizer();

    /// <summary>Non-overlapping placeables in text order.</summary>
    public IReadOnlyList<Placeable> Recognize(string text) => Placeables(RecognizeWithValues(text));

    /// <summary>
    /// The spans and kinds of the same placeables, into <paramref name="spans"/> (cleared first), in text order:
    /// all the fuzzy tokenizer needs. No value is parsed and no text is copied, so an import of a million units
    /// does not allocate some 2 KB of regex matches, values and substrings per sentence.
    /// </summary>
    public void RecognizeSpans(string text, List<PlaceableSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        spans.Clear();
        webAddressRecognizer.AddSpans(text, spans);
        if (HasDigit(text))
        {
            foreach (var recognizer in digitRecognizers)
            {
                recognizer.AddSpans(text, spans);
            }
        }

        if (spans.Count > 1)
        {
            var winners = ResolveOverlaps(spans, static span => span);
            spans.Clear();
            spans.AddRange(winners);
        }
    }

    /// <summary>
    /// Non-overlapping placeables in text order with their parsed values (<see cref="KamerstukReference"/>,
    /// <see cref="DutchDate"/>, <see cref="MonetaryAmount"/>…). Where candidates overlap the longest wins;
    /// equal lengths go to the kind that comes first in <see cref="Priority"/>.
    /// </summary>
    public IReadOnlyList<RecognizedPlaceable> RecognizeWithValues(string text)
    {
        var winners = Candidates(text);
        var rendered = new RecognizedPlaceable[winners.Count];
        for (var i = 0; i < rendered.Length; i++)
        {
            rendered[i] = winners[i].Rendered();
        }

        return rendered;
    }

    private List<RecognizedPlaceable> Candidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<RecognizedPlaceable>();
        webAddressRecognizer.AddCandidates(text, candidates);
        if (HasDigit(text))
        {
            foreach (var recognizer in digitRecognizers)
            {
                recognizer.AddCandidates(text, candidates);
            }
        }

        return candidates.Count <= 1 ? candidates : ResolveOverlaps(candidates, static candidate => PlaceableSpan.Of(candidate.Placeable));
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static Placeable[] Placeables(IReadOnlyList<RecognizedPlaceable> recognized)
    {
        var placeables = new Placeable[recognized.Count];
        for (var i = 0; i < placeables.Length; i++)
        {
            placeables[i] = recognized[i].Placeable;
        }

        return placeables;
    }

    /// <summary>Tie-break between candidates of equal length: the more specific kind first.</summary>
    internal static int Priority(PlaceableKind kind) => kind switch
    {
        PlaceableKind.Kamerstuk => 0,
        PlaceableKind.Reference => 1,
        PlaceableKind.Url => 2,
        PlaceableKind.Email => 3,
        PlaceableKind.Date => 4,
        PlaceableKind.Amount => 5,
        PlaceableKind.Percent => 6,
        PlaceableKind.Time => 7,
        PlaceableKind.Number => 8,
        _ => 9,
    };

    /// <summary>The longest candidate wins where they overlap; then the more specific kind, then the earlier one.</summary>
    private static List<T> ResolveOverlaps<T>(List<T> candidates, Func<T, PlaceableSpan> spanOf)
    {
        candidates.Sort((x, y) =>
        {
            var (a, b) = (spanOf(x), spanOf(y));
            var byLength = b.Length.CompareTo(a.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byKind = Priority(a.Kind).CompareTo(Priority(b.Kind));
            return byKind != 0 ? byKind : a.Start.CompareTo(b.Start);
        });

        // Accepted placeables stay sorted by start, so one binary search finds the neighbours to check.
        var accepted = new List<T>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var span = spanOf(candidate);
            var index = FirstStartingAtOrAfter(accepted, span.Start, spanOf);
            var overlapsNext = index < accepted.Count && spanOf(accepted[index]).Start < span.End;
            var overlapsPrevious = index > 0 && spanOf(accepted[index - 1]).End > span.Start;
            if (!overlapsNext && !overlapsPrevious)
            {
                accepted.Insert(index, candidate);
            }
        }

        return accepted;
    }

    private static int FirstStartingAtOrAfter<T>(List<T> sorted, int start, Func<T, PlaceableSpan> spanOf)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spanOf(sorted[middle]).Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
