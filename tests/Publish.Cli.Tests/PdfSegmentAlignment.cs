namespace Publish.Cli.Tests;

/// <summary>
/// One place where two segment lists disagree: the run of segments only one side has between two segments both
/// have. Either side may be empty (a segment one reader made and the other did not).
/// </summary>
internal sealed record PdfSegmentDifference(string File, IReadOnlyList<string> FromPdf, IReadOnlyList<string> FromText)
{
    /// <summary>Several segments of one side in one column: joined by a separator that no segment contains.</summary>
    public const string Separator = " ‖ ";

    public string PdfColumn => string.Join(Separator, FromPdf);

    public string TextColumn => string.Join(Separator, FromText);

    public string Key => File + "\t" + PdfColumn + "\t" + TextColumn;
}

/// <summary>
/// Aligns the segments read from a PDF with those read from its text extraction by their longest common
/// subsequence of equal texts, and reports each run in between as one difference.
/// </summary>
internal static class PdfSegmentAlignment
{
    public static List<PdfSegmentDifference> Differences(string file, IReadOnlyList<string> fromPdf, IReadOnlyList<string> fromText)
    {
        // common[i, j]: length of the longest common subsequence of fromPdf[i..] and fromText[j..].
        var common = new int[fromPdf.Count + 1, fromText.Count + 1];
        for (int i = fromPdf.Count - 1; i >= 0; i--)
        {
            for (int j = fromText.Count - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(fromPdf[i], fromText[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var differences = new List<PdfSegmentDifference>();
        List<string> onlyPdf = [], onlyText = [];
        int p = 0, t = 0;
        while (p < fromPdf.Count || t < fromText.Count)
        {
            if (p < fromPdf.Count && t < fromText.Count && string.Equals(fromPdf[p], fromText[t], StringComparison.Ordinal))
            {
                Flush();
                p++;
                t++;
            }
            else if (t == fromText.Count || (p < fromPdf.Count && common[p + 1, t] >= common[p, t + 1]))
            {
                onlyPdf.Add(fromPdf[p++]);
            }
            else
            {
                onlyText.Add(fromText[t++]);
            }
        }

        Flush();
        return differences;

        void Flush()
        {
            if (onlyPdf.Count + onlyText.Count > 0)
            {
                differences.Add(new PdfSegmentDifference(file, onlyPdf, onlyText));
                onlyPdf = [];
                onlyText = [];
            }
        }
    }
}
