namespace Publish.Ingest.Pdf;

/// <summary>
/// What one document's own pages say about its layout: the body size (the size most letters are set in), the
/// body column's left and right edges, the usual distance between body lines, and which lines repeat at the same
/// place on several pages. Every threshold of the role classifier is relative to these, never to one sample.
/// </summary>
internal sealed class PdfPageStatistics
{
    /// <summary>Lines repeated at the same height within this many points are taken to be the same furniture.</summary>
    private const double SamePlace = 2;

    private readonly Dictionary<string, List<(int Page, double Y)>> _placesByText = new(StringComparer.Ordinal);

    public PdfPageStatistics(IReadOnlyList<PdfPageLines> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        PageCount = pages.Count;
        var lines = pages.SelectMany(p => p.Lines).ToList();
        BodySize = lines.GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 10;
        var body = lines.Where(IsBodySize).ToList();
        BodyLeft = Mode(body.Select(l => l.Left)) ?? 0;
        var rights = body.Select(l => l.Right).Order().ToArray();
        BodyRight = rights.Length == 0 ? BodyLeft : rights[(int)(rights.Length * 0.9)];
        LineSpacing = Mode(pages.SelectMany(p => BaselineSteps(p.Lines.Where(IsBodySize).ToList()))) ?? 1.2 * BodySize;
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                var places = _placesByText.TryGetValue(RepetitionKey(line.Text), out var found) ? found : _placesByText[RepetitionKey(line.Text)] = [];
                places.Add((page.Number, line.Baseline));
            }
        }
    }

    public int PageCount { get; }

    /// <summary>The size most of the text is set in.</summary>
    public double BodySize { get; }

    /// <summary>Where most body lines start.</summary>
    public double BodyLeft { get; }

    /// <summary>Where full body lines end (the 90th percentile of right edges).</summary>
    public double BodyRight { get; }

    public double BodyWidth => BodyRight - BodyLeft;

    /// <summary>The most common distance between the baselines of consecutive body lines.</summary>
    public double LineSpacing { get; }

    public bool IsBodySize(PdfLine line) => Math.Abs(line.Size - BodySize) <= 0.04 * BodySize;

    /// <summary>Smaller than the body: footnotes, colophon, small tables.</summary>
    public bool IsSmall(PdfLine line) => line.Size < 0.96 * BodySize;

    /// <summary>
    /// Whether the same text (its last number aside, so page numbers match) stands at the same height on
    /// at least two pages and on at least half of them: a running header or footer.
    /// </summary>
    public bool IsRepeated(PdfLine line)
    {
        if (PageCount < 2 || !_placesByText.TryGetValue(RepetitionKey(line.Text), out var places))
        {
            return false;
        }

        int pages = places.Where(p => Math.Abs(p.Y - line.Baseline) <= SamePlace).Select(p => p.Page).Distinct().Count();
        return pages >= 2 && pages * 2 >= PageCount;
    }

    /// <summary>The text with its last number replaced: "Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 5 #".</summary>
    private static string RepetitionKey(string text)
    {
        int end = text.Length;
        while (end > 0 && !char.IsAsciiDigit(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return end == 0 ? text : string.Concat(text.AsSpan(0, start), "#", text.AsSpan(end));
    }

    private static IEnumerable<double> BaselineSteps(List<PdfLine> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            double step = lines[i - 1].Baseline - lines[i].Baseline;
            if (step > 0)
            {
                yield return step;
            }
        }
    }

    /// <summary>The most common value, rounded to a tenth of a point; null for none.</summary>
    private static double? Mode(IEnumerable<double> values) =>
        values.GroupBy(v => Math.Round(v, 1)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (double?)g.Key).FirstOrDefault();
}
