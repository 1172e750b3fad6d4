using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Ingest.Text;

/// <summary>
/// Finds footnote markers glued to words or punctuation ("China.1", "geïnformeerd2", "jl.5", "FMM6"), removes
/// them and remembers where they stood. Markers run in order, so a candidate is taken only when its number is
/// the next one expected (or a few ahead when its body exists): "Normandie4 format" before footnote 1 stays
/// text. Digits inside identifiers ("NAVO2030", "S300", "AP4-landen", "CO2-bewust", "F-35") never qualify.
/// </summary>
internal sealed partial class FootnoteMarkerResolver(IReadOnlySet<int> bodyNumbers)
{
    private const int MaxGap = 3;

    private readonly HashSet<int> _anchored = [];
    private int _expected = 1;

    public List<DocumentWarning> Warnings { get; } = [];

    /// <summary>Removes the markers from a paragraph's text and adds an anchor for each one.</summary>
    public void Resolve(SourceParagraph paragraph)
    {
        var text = paragraph.Text;
        var matches = Candidate().Matches(text);
        if (matches.Count == 0)
        {
            return;
        }

        var result = new StringBuilder(text.Length);
        int copied = 0;
        foreach (Match m in matches)
        {
            int number = int.Parse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (!Accept(number, text[m.Index - 1]))
            {
                continue;
            }

            result.Append(text, copied, m.Index - copied);
            copied = m.Index + m.Length;
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

    [GeneratedRegex(@"(?<=[\p{L}.,;:!?)\]”’""'»])(?<n>\d{1,3})(?=[\s.,;:!?)\]”’""'»]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
