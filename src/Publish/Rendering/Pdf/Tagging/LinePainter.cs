using PdfSharp.UniversalAccessibility;
using Publish.Rendering.Content;
using Publish.Rendering.Pdf.Layout;

namespace Publish.Rendering.Pdf.Tagging;

/// <summary>
/// Draws a line with each word's trailing space inside the drawn text, so the tagged text keeps the spaces
/// between words (XTextFormatter drops them). Words in another language than their paragraph are a Span
/// with their own /Lang; a note reference is a Reference element.
/// </summary>
internal static class LinePainter
{
    public static void Draw(TaggedCanvas canvas, TextLine line, double x, double top, double width, string blockLanguage)
    {
        double extra = Extra(line, width);
        FlagBackgrounds(canvas, line, x, top, extra);
        double baseline = top + line.Baseline;
        var words = line.Words;
        for (int i = 0; i < words.Count;)
        {
            var word = words[i];
            canvas.SwitchInline(word.Note is not null ? (PdfInlineLevelElementTag.Reference, word.Language)
                : word.Language != blockLanguage ? (PdfInlineLevelElementTag.Span, word.Language) : null);
            int end = RunEnd(words, i, extra);
            double runWidth = word.Width;
            string text = word.Text;
            if (end > i + 1)
            {
                // One DrawString for words that sit where the font's own advances put them: same text and
                // positions as one call per word, at a fraction of PDFsharp's per-call cost.
                var builder = canvas.Text;
                builder.Clear();
                for (int k = i; k < end; k++)
                {
                    builder.Append(words[k].Text);
                    runWidth += k > i ? words[k].Width : 0;
                }

                text = builder.ToString();
            }

            canvas.DrawString(text, word.Style, x, baseline - word.Rise);
            x += runWidth + (words[end - 1].SpaceAfter ? extra : 0);
            i = end;
        }
    }

    /// <summary>
    /// The end of the run starting at <paramref name="start"/> that one call can draw: same style and
    /// language, no note reference, and no justification space to add between the words.
    /// </summary>
    private static int RunEnd(IReadOnlyList<WordBox> words, int start, double extra)
    {
        var first = words[start];
        if (first.Note is not null)
        {
            return start + 1;
        }

        int end = start + 1;
        while (end < words.Count)
        {
            var next = words[end];
            if (next.Note is not null || (extra > 0 && words[end - 1].SpaceAfter)
                || !ReferenceEquals(next.Language, first.Language) && next.Language != first.Language
                || !ReferenceEquals(next.Style, first.Style) && next.Style != first.Style)
            {
                break;
            }

            end++;
        }

        return end;
    }

    /// <summary>The "[not translated]" flag sits on a tinted background, drawn as an artifact before the text.</summary>
    private static void FlagBackgrounds(TaggedCanvas canvas, TextLine line, double x, double top, double extra)
    {
        if (!line.HasUntranslatedMarker)
        {
            return;
        }

        foreach (var word in line.Words)
        {
            if (word.Run == RunStyle.UntranslatedMarker)
            {
                double w = word.Width - (word.SpaceAfter ? TextMeasurer.Width(" ", word.Style) : 0);
                double left = x;
                canvas.Artifact(g => g.DrawRectangle(canvas.Brush(PdfTheme.FlagFill), left - 1, top + 1, w + 2, line.Height - 1));
            }

            x += word.Width + (word.SpaceAfter ? extra : 0);
        }
    }

    /// <summary>Justification: the width the line lacks, shared among its inner spaces (no hyphenation).</summary>
    private static double Extra(TextLine line, double width)
    {
        if (!line.Justified || line.Words.Count < 2)
        {
            return 0;
        }

        int gaps = 0;
        for (int i = 0; i < line.Words.Count - 1; i++)
        {
            gaps += line.Words[i].SpaceAfter ? 1 : 0;
        }

        var last = line.Words[^1];
        double natural = line.Width - (last.SpaceAfter ? TextMeasurer.Width(" ", last.Style) : 0);
        return gaps == 0 ? 0 : Math.Max(0, (width - natural) / gaps);
    }
}
