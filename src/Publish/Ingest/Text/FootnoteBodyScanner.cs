using System.Globalization;
using System.Text.RegularExpressions;

namespace Publish.Ingest.Text;

/// <summary>
/// Finds footnote bodies in a PDF text extraction. Two layouts occur: "N text" on one line after a blank line
/// or another body, and N alone on a line with the text on the next non-blank line (what pdftotext writes).
/// N is the next footnote number, or a few ahead when a body went missing and its marker was seen in the
/// text; a bare number, which could also be a page number, needs its marker seen. A body runs until a blank
/// line, the first line of the next page or the next body. A line that starts with a number but continues an
/// open body ("…van 4 en" / "5 april 2023.") is not a new body.
/// </summary>
internal static partial class FootnoteBodyScanner
{
    /// <summary>How far the numbering may jump when bodies are missing from the extraction.</summary>
    private const int MaxGap = 3;

    /// <summary>Blank lines (removed colophon lines count as blank) allowed between a bare footnote number and its text.</summary>
    private const int MaxBlankAfterBareNumber = 8;

    public static List<FootnoteBody> Scan(IReadOnlyList<TextLine> lines, bool[] isFootnoteLine)
    {
        var bodies = new List<FootnoteBody>();
        int expected = 1;
        int i = 0;
        while (i < lines.Count)
        {
            int number = NumberAt(lines[i], out bool bare);
            int first = bare ? BodyAfterBareNumber(lines, i) : i;
            if (number < expected || number > expected + MaxGap || first < 0
                || !(bare ? MarkerSeenBefore(lines, i, number) : FollowsGap(lines, i, isFootnoteLine) && (number == expected || MarkerSeenBefore(lines, i, number))))
            {
                i++;
                continue;
            }

            var body = new FootnoteBody(number, lines[i].Number);
            for (int k = i; k <= first; k++)
            {
                isFootnoteLine[k] = true;
            }

            var firstText = lines[first].Text;
            body.Lines.Add(lines[first] with { Text = bare ? firstText : firstText[(firstText.IndexOf(' ', StringComparison.Ordinal) + 1)..] });
            int j = first + 1;
            while (j < lines.Count && !lines[j].IsBlank && !lines[j].StartsPage
                   && !(NumberAt(lines[j], out _) == number + 1 && !Continues(body, lines, j)))
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

    internal static bool EndsSentence(string text) => SentenceEnd().IsMatch(text);

    /// <summary>"N text" starts a body only at a page foot: after a blank line or another body.</summary>
    private static bool FollowsGap(IReadOnlyList<TextLine> lines, int i, bool[] isFootnoteLine) =>
        i > 0 && (lines[i - 1].IsBlank || isFootnoteLine[i - 1]);

    private static int BodyAfterBareNumber(IReadOnlyList<TextLine> lines, int i)
    {
        for (int k = i + 1; k < lines.Count && k <= i + 1 + MaxBlankAfterBareNumber; k++)
        {
            if (!lines[k].IsBlank)
            {
                return NumberAt(lines[k], out _) < 0 && !Structure.StructurePatterns.StartsBlock(lines[k].Text) ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>A line "5 april 2023." right after a body that has not ended ("…van 4 en") continues it.</summary>
    private static bool Continues(FootnoteBody body, IReadOnlyList<TextLine> lines, int j)
    {
        if (EndsSentence(body.Lines[^1].Text))
        {
            return false;
        }

        var text = lines[j].Text;
        var rest = text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (rest.Length > 0 && (char.IsLower(rest[0]) || ContinuationStart().IsMatch(rest)))
        {
            return true;
        }

        // The same number starting another line a little further on is the real body.
        int number = NumberAt(lines[j], out _);
        for (int k = j + 1; k < Math.Min(lines.Count, j + 4); k++)
        {
            if (NumberAt(lines[k], out _) == number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a marker with this number (by the same rule the marker resolver uses) stands in an earlier line.</summary>
    private static bool MarkerSeenBefore(IReadOnlyList<TextLine> lines, int i, int number)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture);
        for (int k = i - 1; k >= 0; k--)
        {
            var text = lines[k].Text;
            if (text.Contains(digits, StringComparison.Ordinal)
                && FootnoteMarkerResolver.Candidates(text).Exists(c => text.AsSpan(c.Index, c.Length).SequenceEqual(digits)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The footnote number a line starts with ("3 Kamerstuk…" or a bare "3"), or -1.</summary>
    private static int NumberAt(TextLine line, out bool bare)
    {
        bare = false;
        if (line.Text.Length == 0 || !char.IsAsciiDigit(line.Text[0]))
        {
            return -1;
        }

        var m = BodyStart().Match(line.Text);
        bare = m.Success && m.Groups[2].Length == 0;
        return m.Success && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : -1;
    }

    [GeneratedRegex(@"^(\d{1,3})(?:$|( )\S)")]
    private static partial Regex BodyStart();

    [GeneratedRegex(@"^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContinuationStart();

    [GeneratedRegex(@"[.?!][""”’)»]?$")]
    private static partial Regex SentenceEnd();
}
