using Publish.Ingest.Structure;

namespace Publish.Ingest.Text;

/// <summary>
/// Rebuilds paragraphs from the body lines of a PDF extraction (footnote lines already taken out).
/// A single blank line ends a paragraph. A page break (a line starting with a space or a form feed, two or
/// more blank lines, or footnote bodies in between) ends it only when the paragraph before it was finished,
/// so a sentence broken by a page foot is joined again. Without a blank line, a paragraph still ends before a
/// structural line (answer label, group heading, bullet) and after a short line that ends a sentence.
/// </summary>
internal sealed class ParagraphAssembler
{
    /// <summary>A line shorter than this share of a full line that ends a sentence ends its paragraph.</summary>
    private const double ShortLineShare = 0.75;

    private readonly int _fullLineLength;

    public ParagraphAssembler(IReadOnlyList<TextLine> lines, bool[] isFootnoteLine)
    {
        var lengths = lines.Where((l, i) => !l.IsBlank && !isFootnoteLine[i]).Select(l => l.Text.Length).Order().ToArray();
        _fullLineLength = lengths.Length == 0 ? 80 : lengths[(int)(lengths.Length * 0.8)];
    }

    public List<List<TextLine>> Assemble(IReadOnlyList<TextLine> lines, bool[] isFootnoteLine)
    {
        var paragraphs = new List<List<TextLine>>();
        List<TextLine>? current = null;
        int blankRun = 0;
        bool footnotesBetween = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (isFootnoteLine[i])
            {
                footnotesBetween = true;
                continue;
            }

            if (line.IsBlank)
            {
                blankRun++;
                continue;
            }

            bool pageBreak = line.StartsPage || blankRun >= 2 || footnotesBetween;
            bool join = current is not null && (pageBreak ? ContinuesAcrossPage(current, line) : blankRun == 0 && ContinuesOnNextLine(current, line));
            if (join)
            {
                current!.Add(line);
            }
            else
            {
                current = [line];
                paragraphs.Add(current);
            }

            blankRun = 0;
            footnotesBetween = false;
        }

        return paragraphs;
    }

    private bool ContinuesOnNextLine(List<TextLine> paragraph, TextLine line)
    {
        var previous = paragraph[^1].Text;
        if (StructurePatterns.IsStandaloneLine(previous) || StructurePatterns.StartsBlock(line.Text))
        {
            return false;
        }

        bool shortSentenceEnd = FootnoteBodyScanner.EndsSentence(StripMarker(previous))
            && previous.Length < ShortLineShare * _fullLineLength
            && StartsSentence(line.Text);
        return !shortSentenceEnd;
    }

    private bool ContinuesAcrossPage(List<TextLine> paragraph, TextLine line)
    {
        var last = StripMarker(paragraph[^1].Text);
        if (FootnoteBodyScanner.EndsSentence(last) || last.EndsWith(':') || last.EndsWith(']')
            || StructurePatterns.IsStandaloneLine(paragraph[^1].Text) || StructurePatterns.StartsBlock(line.Text))
        {
            return false;
        }

        bool runningText = paragraph.Count >= 2 || last.Length >= 0.6 * _fullLineLength;
        return runningText || char.IsLower(line.Text[0]);
    }

    private static bool StartsSentence(string text) => char.IsUpper(text[0]) || text[0] is '‘' or '“' or '"' or '(' or '«';

    /// <summary>"…sancties.1" ends a sentence: look past a footnote marker glued to the punctuation.</summary>
    private static string StripMarker(string text)
    {
        int end = text.Length;
        while (end > 0 && char.IsAsciiDigit(text[end - 1]) && text.Length - end < 3)
        {
            end--;
        }

        return end > 0 && end < text.Length && !char.IsAsciiDigit(text[end - 1]) && !char.IsWhiteSpace(text[end - 1]) ? text[..end] : text;
    }
}
