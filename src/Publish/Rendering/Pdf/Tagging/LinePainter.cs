using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;
using Publish.Rendering.Content;
using Publish.Rendering.Pdf.Layout;

namespace Publish.Rendering.Pdf.Tagging;

/// <summary>
/// Draws a line word by word, each word with its trailing space so the tagged text keeps the spaces
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
        foreach (var word in line.Words)
        {
            canvas.SwitchInline(word.Note is not null ? (PdfInlineLevelElementTag.Reference, word.Language)
                : word.Language != blockLanguage ? (PdfInlineLevelElementTag.Span, word.Language) : null);
            canvas.Graphics.DrawString(word.Text, word.Style.Font, new XSolidBrush(word.Style.Color), x, baseline - word.Rise);
            x += word.Width + (word.SpaceAfter ? extra : 0);
        }
    }

    /// <summary>The "[not translated]" flag sits on a tinted background, drawn as an artifact before the text.</summary>
    private static void FlagBackgrounds(TaggedCanvas canvas, TextLine line, double x, double top, double extra)
    {
        if (!line.Words.Any(w => w.Run == RunStyle.UntranslatedMarker))
        {
            return;
        }

        foreach (var word in line.Words)
        {
            if (word.Run == RunStyle.UntranslatedMarker)
            {
                double w = word.Width - (word.SpaceAfter ? TextMeasurer.Width(" ", word.Style) : 0);
                double left = x;
                canvas.Artifact(g => g.DrawRectangle(new XSolidBrush(PdfTheme.FlagFill), left - 1, top + 1, w + 2, line.Height - 1));
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

        int gaps = line.Words.Take(line.Words.Count - 1).Count(w => w.SpaceAfter);
        var last = line.Words[^1];
        double natural = line.Width - (last.SpaceAfter ? TextMeasurer.Width(" ", last.Style) : 0);
        return gaps == 0 ? 0 : Math.Max(0, (width - natural) / gaps);
    }
}
