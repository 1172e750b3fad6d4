using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Ingest.Text;

/// <summary>
/// Finds footnote bodies in a PDF text extraction. A body starts with "N text" after a blank line or another
/// body, where N is the next footnote number (or a few ahead, when a body went missing and its marker was
/// seen in the text). It runs until a blank line, the first line of the next page or the next body. A line that
/// starts with a number but continues an open body ("…van 4 en" / "5 april 2023.") is not a new body.
/// </summary>
internal static partial class FootnoteBodyScanner
{
    /// <summary>How far the numbering may jump when bodies are missing from the extraction.</summary>
    private const int MaxGap = 3;

    public static List<FootnoteBody> Scan(IReadOnlyList<TextLine> lines, bool[] isFootnoteLine)
    {
        var bodies = new List<FootnoteBody>();
        int expected = 1;
        int i = 0;
        while (i < lines.Count)
        {
            if (!StartsBody(lines, i, expected, isFootnoteLine, out int number))
            {
                i++;
                continue;
            }

            var body = new FootnoteBody(number, lines[i]);
            isFootnoteLine[i] = true;
            int j = i + 1;
            while (j < lines.Count && !lines[j].IsBlank && !lines[j].StartsPage
                   && !(NumberAt(lines[j]) == number + 1 && !Continues(body, lines, j)))
            {
                body.Lines.Add(lines[j]);
                isFootnoteLine[j] = true;
                j++;
            }

            bodies.Add(body);
            expected = number + 1;
            i = j;
        }

        return bodies;
    }

    private static bool StartsBody(IReadOnlyList<TextLine> lines, int i, int expected, bool[] isFootnoteLine, out int number)
    {
        number = NumberAt(lines[i]);
        if (number < expected || number > expected + MaxGap || i == 0)
        {
            return false;
        }

        var previous = lines[i - 1];
        if (!previous.IsBlank && !isFootnoteLine[i - 1])
        {
            return false;
        }

        return number == expected || MarkerSeenBefore(lines, i, number);
    }

    /// <summary>A line "5 april 2023." right after a body that has not ended ("…van 4 en") continues it.</summary>
    private static bool Continues(FootnoteBody body, IReadOnlyList<TextLine> lines, int j)
    {
        var last = body.Lines[^1].Text;
        if (EndsSentence(last))
        {
            return false;
        }

        var rest = lines[j].Text[(lines[j].Text.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (rest.Length > 0 && (char.IsLower(rest[0]) || ContinuationStart().IsMatch(rest)))
        {
            return true;
        }

        // The same number starting another line a little further on is the real body.
        int number = NumberAt(lines[j]);
        for (int k = j + 1; k < Math.Min(lines.Count, j + 4); k++)
        {
            if (NumberAt(lines[k]) == number)
            {
                return true;
            }
        }

        return false;
    }

    private static bool MarkerSeenBefore(IReadOnlyList<TextLine> lines, int i, int number)
    {
        var marker = new Regex(@"[\p{L}.,;:)\]”’""»]" + number.ToString(CultureInfo.InvariantCulture) + @"(?![\d\-%])", RegexOptions.CultureInvariant);
        for (int k = i - 1; k >= 0; k--)
        {
            if (marker.IsMatch(lines[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool EndsSentence(string text) => SentenceEnd().IsMatch(text);

    private static int NumberAt(TextLine line)
    {
        var m = BodyStart().Match(line.Text);
        return m.Success && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;
    }

    [GeneratedRegex(@"^(\d{1,3}) \S")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationStart();

    [GeneratedRegex(@"[.?!][""”’)»]?$")]
    private static partial Regex SentenceEnd();
}
