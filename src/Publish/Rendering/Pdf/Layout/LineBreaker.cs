using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>
/// Greedy line breaking without hyphenation: text is cut into boxes at spaces, a line takes boxes while
/// they fit, and a line may end only after a box followed by a space. A box wider than the line gets a
/// line of its own.
/// </summary>
internal static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<Inline> inlines, TextStyle paragraph, double width, bool justify)
    {
        var boxes = Boxes(inlines, paragraph);
        var lines = new List<TextLine>();
        int lineStart = 0;
        double lineWidth = 0;
        for (int wordStart = 0; wordStart < boxes.Count;)
        {
            // A word: boxes up to and including the first one followed by a space.
            int wordEnd = wordStart;
            double wordWidth = 0;
            while (wordEnd < boxes.Count)
            {
                wordWidth += boxes[wordEnd].Width;
                if (boxes[wordEnd++].SpaceAfter)
                {
                    break;
                }
            }

            bool lineHasWords = wordStart > lineStart;
            double trailing = lineHasWords ? TrailingSpace(boxes[wordStart - 1]) : 0;
            if (lineHasWords && lineWidth - trailing + wordWidth - TrailingSpace(boxes[wordEnd - 1]) > width)
            {
                lines.Add(Line(boxes, lineStart, wordStart, lineWidth, paragraph, justify));
                lineStart = wordStart;
                lineWidth = 0;
            }

            lineWidth += wordWidth;
            wordStart = wordEnd;
        }

        if (boxes.Count > lineStart || lines.Count == 0)
        {
            lines.Add(Line(boxes, lineStart, boxes.Count, lineWidth, paragraph, justify: false));
        }

        return lines;
    }

    private static TextLine Line(List<WordBox> boxes, int start, int end, double width, TextStyle paragraph, bool justify) =>
        new(boxes.GetRange(start, end - start), width, paragraph.LineHeight, paragraph.Baseline, justify);

    private static double TrailingSpace(WordBox box) => box.SpaceAfter ? TextMeasurer.Width(" ", box.Style) : 0;

    private static List<WordBox> Boxes(IReadOnlyList<Inline> inlines, TextStyle paragraph)
    {
        var boxes = new List<WordBox>();
        foreach (var inline in inlines)
        {
            if (inline is NoteReference note)
            {
                var style = paragraph with { Size = Math.Round(paragraph.Size * 0.62, 1) };
                boxes.Add(new WordBox(note.Number, style, note.Language, TextMeasurer.Width(note.Number, style), false, RunStyle.Normal, note));
                continue;
            }

            var run = (TextRun)inline;
            var runStyle = PdfTheme.Run(paragraph, run.Style);
            int start = 0;
            var text = run.Text;
            while (start < text.Length)
            {
                if (text[start] == ' ')
                {
                    // A space at a run boundary belongs to the box before it.
                    if (boxes.Count > 0 && !boxes[^1].SpaceAfter)
                    {
                        var last = boxes[^1];
                        boxes[^1] = last with { Text = last.Text + " ", Width = last.Width + TextMeasurer.Width(" ", last.Style), SpaceAfter = true };
                    }

                    start++;
                    continue;
                }

                int end = text.IndexOf(' ', start);
                bool space = end >= 0;
                var piece = space ? text[start..(end + 1)] : text[start..];
                boxes.Add(new WordBox(piece, runStyle, run.Language, TextMeasurer.Width(piece, runStyle), space, run.Style));
                start = space ? end + 1 : text.Length;
            }
        }

        return boxes;
    }
}
