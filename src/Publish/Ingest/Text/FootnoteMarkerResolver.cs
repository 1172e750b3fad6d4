using System.Globalization;
using System.Text;
using Publish.Documents;

namespace Publish.Ingest.Text;

/// <summary>
/// Finds footnote markers glued to words or punctuation ("China.1", "geïnformeerd2", "jl.5", "FMM6"), removes
/// them and remembers where they stood. Markers run in order, so a candidate is taken only when its number is
/// the next one expected (or a few ahead when its body exists): "Normandie4 format" before footnote 1 stays
/// text. Digits inside identifiers ("NAVO2030", "S300", "AP4-landen", "CO2-bewust", "F-35") never qualify.
/// </summary>
internal sealed class FootnoteMarkerResolver(IReadOnlySet<int> bodyNumbers)
{
    private const int MaxGap = 3;

    private readonly HashSet<int> _anchored = [];
    private int _expected = 1;

    public List<DocumentWarning> Warnings { get; } = [];

    /// <summary>Removes the markers from a paragraph's text and adds an anchor for each one.</summary>
    public void Resolve(SourceParagraph paragraph)
    {
        var text = paragraph.Text;
        var candidates = Candidates(text);
        if (candidates.Count == 0)
        {
            return;
        }

        var result = new StringBuilder(text.Length);
        int copied = 0;
        foreach (var (index, length) in candidates)
        {
            int number = int.Parse(text.AsSpan(index, length), NumberStyles.None, CultureInfo.InvariantCulture);
            if (!Accept(number, text[index - 1]))
            {
                continue;
            }

            result.Append(text, copied, index - copied);
            copied = index + length;
            // "c.s.4 ," — the space belonged to the marker, not before the comma.
            if (copied + 1 < text.Length && text[copied] == ' ' && text[copied + 1] is ',' or ';' or ':' or '.')
            {
                copied++;
            }

            paragraph.Anchors.Add(new FootnoteAnchor(result.Length, number.ToString(CultureInfo.InvariantCulture)));
            if (!bodyNumbers.Contains(number))
            {
                Warnings.Add(new DocumentWarning("footnote-without-body", $"footnote marker {number} has no footnote text", paragraph.Line));
            }
        }

        result.Append(text, copied, text.Length - copied);
        paragraph.Text = result.ToString();
    }

    public void WarnAboutUnusedBodies()
    {
        foreach (int n in bodyNumbers.Where(n => !_anchored.Contains(n)).Order())
        {
            Warnings.Add(new DocumentWarning("footnote-without-marker", $"footnote {n} is not cited in the text"));
        }
    }

    private bool Accept(int number, char before)
    {
        bool hasBody = bodyNumbers.Contains(number) && !_anchored.Contains(number);
        bool next = number == _expected;
        bool ahead = hasBody && number > _expected && number <= _expected + MaxGap;
        // A digit after a capital (G7, B61) is a name unless a body proves it is a marker (FMM6).
        bool plausible = hasBody || !char.IsUpper(before);
        if (!(next || ahead) || !plausible)
        {
            return false;
        }

        _anchored.Add(number);
        _expected = number + 1;
        return true;
    }

    /// <summary>Runs of one to three digits glued to a letter or closing punctuation and followed by a space, punctuation or the end.</summary>
    internal static List<(int Index, int Length)> Candidates(string text)
    {
        var found = new List<(int, int)>();
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            int start = i + next, end = start;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - start <= 3 && start > 0 && (char.IsLetter(text[start - 1]) || ClosingPunctuation.Contains(text[start - 1]))
                && (end == text.Length || char.IsWhiteSpace(text[end]) || ClosingPunctuation.Contains(text[end])))
            {
                found.Add((start, end - start));
            }

            i = end;
        }

        return found;
    }

    private static readonly System.Buffers.SearchValues<char> ClosingPunctuation = System.Buffers.SearchValues.Create(".,;:!?)]”’\"'»");
}
