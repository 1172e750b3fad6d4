using System.Text;

namespace Publish.Ingest.Pdf;

/// <summary>
/// Writes the text of one line from its runs, left to right: a space wherever the gap between two glyphs is
/// wider than a fraction of the size (these PDFs draw their spaces, others position words instead), raised digit
/// runs taken out and remembered as <see cref="PdfRaisedNumber"/>, lowered runs kept as text (CO2).
/// </summary>
internal static class PdfLineComposer
{
    /// <summary>A gap wider than this share of the size is a word space; kerning and tracking stay well below it.</summary>
    private const double SpaceGap = 0.15;

    public static PdfLine? Compose(int page, double baseline, List<PdfRun> runs)
    {
        var onBaseline = runs.Where(r => r.Position == PdfRunPosition.OnBaseline).ToList();
        if (onBaseline.Count == 0)
        {
            onBaseline = runs;
        }

        var text = new StringBuilder();
        var raised = new List<PdfRaisedNumber>();
        double? lastRight = null;
        double size = PdfLineBuilder.ModeSize(onBaseline);
        foreach (var run in runs.OrderBy(r => r.X0))
        {
            if (run.Position == PdfRunPosition.Raised && run.IsDigits)
            {
                raised.Add(new PdfRaisedNumber(text.Length, string.Concat(run.Glyphs.Select(g => g.Value))));
                lastRight = run.X1;
                continue;
            }

            foreach (var glyph in run.Glyphs)
            {
                if (lastRight is { } right && glyph.X0 - right > SpaceGap * Math.Max(size, glyph.Size) && text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                text.Append(glyph.Value);
                lastRight = glyph.X1;
            }
        }

        var value = text.ToString().Trim();
        if (value.Length == 0 && raised.Count == 0)
        {
            return null;
        }

        if (!value.IsNormalized(NormalizationForm.FormC))
        {
            value = value.Normalize(NormalizationForm.FormC);
        }

        var font = onBaseline.SelectMany(r => r.Glyphs).GroupBy(g => g.FontName).MaxBy(g => g.Count())!.Key;
        var geometry = new PdfLineGeometry(runs.Min(r => r.X0), runs.Max(r => r.X1), baseline, size, font);
        var tag = onBaseline.SelectMany(r => r.Glyphs).GroupBy(g => g.Tag).MaxBy(g => g.Count())!.Key;
        return new PdfLine(page, value, raised, geometry) { Tag = tag };
    }
}
