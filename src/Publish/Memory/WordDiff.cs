namespace Publish.Memory;

/// <summary>
/// A word-level diff between a stored source and the query: a longest common subsequence over surface
/// tokens (words and punctuation, case kept), reported as runs of equal, inserted and deleted words.
/// Segments are sentences, so the quadratic table stays small.
/// </summary>
internal static class WordDiff
{
    public static IReadOnlyList<DiffSpan> Compute(string storedSource, string query)
    {
        var before = MatchTokenizer.SurfaceWords(storedSource);
        var after = MatchTokenizer.SurfaceWords(query);
        var common = new int[before.Count + 1, after.Count + 1];
        for (var i = before.Count - 1; i >= 0; i--)
        {
            for (var j = after.Count - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(before[i], after[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var spans = new List<DiffSpan>();
        int b = 0, a = 0;
        while (b < before.Count || a < after.Count)
        {
            if (b < before.Count && a < after.Count && string.Equals(before[b], after[a], StringComparison.Ordinal))
            {
                Append(spans, DiffOperation.Equal, before[b]);
                b++;
                a++;
            }
            else if (b < before.Count && (a == after.Count || common[b + 1, a] >= common[b, a + 1]))
            {
                Append(spans, DiffOperation.Deleted, before[b]);
                b++;
            }
            else
            {
                Append(spans, DiffOperation.Inserted, after[a]);
                a++;
            }
        }

        return spans;
    }

    /// <summary>"[-old-]{+new+}" notation, as in <c>git diff --word-diff</c>.</summary>
    public static string Render(IReadOnlyList<DiffSpan> spans) => string.Join(' ', spans.Select(span => span.Operation switch
    {
        DiffOperation.Inserted => "{+" + span.Text + "+}",
        DiffOperation.Deleted => "[-" + span.Text + "-]",
        _ => span.Text,
    }));

    private static void Append(List<DiffSpan> spans, DiffOperation operation, string word)
    {
        if (spans.Count > 0 && spans[^1].Operation == operation)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + " " + word };
        }
        else
        {
            spans.Add(new DiffSpan(operation, word));
        }
    }
}
