using Publish.Ingest.Structure;
using Publish.Ingest.Text;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Groups the text lines of the whole document (furniture and footnotes already taken out) into paragraphs.
/// On one page and column a paragraph ends at a wider vertical gap than the line spacing, a first-line indent, a
/// change between heading and body type, a structural line (answer label, group heading, bullet), or a line that
/// ends a sentence although the next line's first word would have fitted after it (so the typesetter broke the line
/// for a new paragraph, in ragged and justified setting alike). Lines side by side on one baseline are the cells
/// of a table row and form a paragraph of their own. Across a page or column break it ends only when the sentence before it was finished, so
/// a sentence interrupted by the page foot (footnotes, footer) is joined again.
/// </summary>
internal sealed class PdfParagraphAssembler(PdfPageStatistics stats, IReadOnlyList<PdfPageLines> pages)
{
    /// <summary>A gap this many times the usual line spacing (scaled to the line's size) is a paragraph break.</summary>
    private const double ParagraphGap = 1.35;

    private readonly Dictionary<int, List<PdfLine>> _linesByPage = pages.ToDictionary(p => p.Number, p => p.Lines);

    /// <summary>Whether the paragraph is a table row: cells side by side on one baseline.</summary>
    public static bool IsTableRow(List<PdfLine> paragraph) =>
        paragraph.Count >= 2 && paragraph.TrueForAll(l => l.Page == paragraph[0].Page && Math.Abs(l.Baseline - paragraph[0].Baseline) < 1);

    public List<List<PdfLine>> Assemble(IEnumerable<PdfLine> lines)
    {
        var paragraphs = new List<List<PdfLine>>();
        List<PdfLine>? current = null;
        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                continue;
            }

            if (current is not null && Continues(current, line))
            {
                current.Add(line);
                continue;
            }

            current = [line];
            paragraphs.Add(current);
        }

        return paragraphs;
    }

    private bool Continues(List<PdfLine> paragraph, PdfLine line)
    {
        var previous = paragraph[^1];
        bool besidePrevious = line.Page == previous.Page && Math.Abs(line.Baseline - previous.Baseline) < 1 && line.Left > previous.Right;
        if (besidePrevious || IsCell(line) || IsCell(previous))
        {
            return besidePrevious && paragraph.TrueForAll(l => Math.Abs(l.Baseline - line.Baseline) < 1);
        }

        if ((previous.Role == PdfLineRole.Heading) != (line.Role == PdfLineRole.Heading)
            || StructurePatterns.IsStandaloneLine(previous.Text) || StructurePatterns.StartsBlock(line.Text))
        {
            return false;
        }

        bool newColumn = line.Page != previous.Page || line.Baseline > previous.Baseline || line.Left > previous.Right;
        return newColumn ? ContinuesAcrossBreak(paragraph, line) : ContinuesOnPage(paragraph, line);
    }

    private bool ContinuesOnPage(List<PdfLine> paragraph, PdfLine line)
    {
        var previous = paragraph[^1];
        double spacing = stats.LineSpacing * Math.Max(line.Size, previous.Size) / stats.BodySize;
        if (previous.Baseline - line.Baseline > ParagraphGap * spacing || Math.Abs(line.Size - previous.Size) > 0.04 * stats.BodySize)
        {
            return false;
        }

        bool endsSentence = FootnoteBodyScanner.EndsSentence(previous.Text);
        if (endsSentence && line.Left > previous.Left + 0.8 * line.Size)
        {
            return false;
        }

        return !(endsSentence && StartsSentence(line.Text) && FirstWordFits(previous, line));
    }

    /// <summary>Whether the first word of <paramref name="line"/> (at its average letter width) fits after <paramref name="previous"/> in the column.</summary>
    private bool FirstWordFits(PdfLine previous, PdfLine line)
    {
        int wordLength = line.Text.IndexOf(' ', StringComparison.Ordinal) is >= 0 and var space ? space : line.Text.Length;
        double letterWidth = line.Geometry.Width / Math.Max(1, line.Text.Length);
        double columnRight = _linesByPage[previous.Page]
            .Where(l => l.Role == previous.Role && Math.Abs(l.Left - previous.Left) < 3 * previous.Size && Math.Abs(l.Size - previous.Size) < 0.3)
            .Max(l => l.Right);
        return previous.Right + (wordLength + 1) * letterWidth < columnRight;
    }

    private bool ContinuesAcrossBreak(List<PdfLine> paragraph, PdfLine line)
    {
        var last = paragraph[^1];
        if (FootnoteBodyScanner.EndsSentence(last.Text) || last.Text.EndsWith(':') || last.Text.EndsWith(']'))
        {
            return false;
        }

        bool runningText = paragraph.Count >= 2 || last.Geometry.Width >= 0.6 * stats.BodyWidth;
        return runningText || char.IsLower(line.Text[0]);
    }

    /// <summary>
    /// A line with another text line beside it on the same baseline, next to it in reading order: a table cell. The
    /// lines of two text columns share baselines too, but reading order puts a whole column between them.
    /// </summary>
    private bool IsCell(PdfLine line)
    {
        var page = _linesByPage[line.Page];
        int index = page.IndexOf(line);
        return (index > 0 && IsBeside(page[index - 1], line)) || (index + 1 < page.Count && IsBeside(page[index + 1], line));
    }

    private static bool IsBeside(PdfLine other, PdfLine line) =>
        other.Role is PdfLineRole.Body or PdfLineRole.Heading && Math.Abs(other.Baseline - line.Baseline) < 1
        && (other.Left > line.Right || other.Right < line.Left);

    private static bool StartsSentence(string text) => char.IsUpper(text[0]) || text[0] is '‘' or '“' or '"' or '(' or '«' or '\'';
}
