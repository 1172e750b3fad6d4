using Publish.Documents;
using Publish.Ingest.Docx;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Carries footnote markers through line joining and dehyphenation: each raised number becomes a private-use
/// character in the line's text, and after joining the characters' positions become the paragraph's anchors.
/// </summary>
internal static class PdfMarkerText
{
    private const char Marker = '\uE001';

    /// <summary>The line's text with a marker character where each raised number stood (the leading number of a footnote body excluded).</summary>
    public static string WithMarkers(PdfLine line, List<string> numbers)
    {
        var raised = line.Raised.Where(r => r.Offset > 0 || line.Role != PdfLineRole.FootnoteBody).ToList();
        if (raised.Count == 0)
        {
            return line.Text;
        }

        var text = line.Text.Replace(Marker, ' ');
        foreach (var r in raised.OrderByDescending(r => r.Offset))
        {
            text = text.Insert(Math.Min(r.Offset, text.Length), Marker.ToString());
        }

        numbers.AddRange(raised.OrderBy(r => r.Offset).Select(r => r.Digits.TrimStart('0') is { Length: > 0 } d ? d : "0"));
        return text;
    }

    /// <summary>
    /// The joined text without marker characters, and an anchor for each, numbered in order. A marker after a
    /// sentence's closing punctuation and directly before a capital stood where the typesetter forgot the space
    /// (1481: "gesproken.³Toekomstige"); the marker took the place of the space, so the space is restored.
    /// </summary>
    public static (string Text, List<FootnoteAnchor> Anchors) Extract(string joined, List<string> numbers)
    {
        var builder = new AnchoredTextBuilder();
        int index = 0;
        for (int i = 0; i < joined.Length; i++)
        {
            char c = joined[i];
            if (c == Marker)
            {
                builder.AppendAnchor(numbers[index++]);
                if (i > 0 && joined[i - 1] is '.' or '!' or '?' && i + 1 < joined.Length && char.IsUpper(joined[i + 1]))
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Build();
    }
}
