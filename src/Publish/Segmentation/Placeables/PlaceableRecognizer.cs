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
    private readonly WebAddressRecognizer webAddressRecognizer = new();

    /// <summary>Non-overlapping placeables in text order.</summary>
    public IReadOnlyList<Placeable> Recognize(string text) => Placeables(RecognizeWithValues(text));

    /// <summary>
    /// The same placeables without their English renderings (<see cref="Placeable.Target"/> is the source text):
    /// spans and kinds are all the fuzzy tokenizer needs.
    /// </summary>
    public IReadOnlyList<Placeable> RecognizeSpans(string text) => Placeables(Candidates(text));

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
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        var candidates = new List<RecognizedPlaceable>();
        webAddressRecognizer.AddCandidates(text, candidates);
        if (hasDigit)
        {
            foreach (var recognizer in digitRecognizers)
            {
                recognizer.AddCandidates(text, candidates);
            }
        }

        return candidates.Count <= 1 ? candidates : ResolveOverlaps(candidates);
    }

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

    private static List<RecognizedPlaceable> ResolveOverlaps(List<RecognizedPlaceable> candidates)
    {
        candidates.Sort(static (a, b) =>
        {
            var byLength = b.Placeable.Length.CompareTo(a.Placeable.Length);
            if (byLength != 0)
            {
                return byLength;
            }

            var byKind = Priority(a.Placeable.Kind).CompareTo(Priority(b.Placeable.Kind));
            return byKind != 0 ? byKind : a.Placeable.Start.CompareTo(b.Placeable.Start);
        });

        // Accepted placeables stay sorted by start, so one binary search finds the neighbours to check.
        var accepted = new List<RecognizedPlaceable>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var index = FirstStartingAtOrAfter(accepted, candidate.Placeable.Start);
            var overlapsNext = index < accepted.Count && accepted[index].Placeable.Start < candidate.Placeable.End;
            var overlapsPrevious = index > 0 && accepted[index - 1].Placeable.End > candidate.Placeable.Start;
            if (!overlapsNext && !overlapsPrevious)
            {
                accepted.Insert(index, candidate);
            }
        }

        return accepted;
    }

    private static int FirstStartingAtOrAfter(List<RecognizedPlaceable> sorted, int start)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Placeable.Start < start)
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
