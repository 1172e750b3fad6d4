namespace Publish.Ingest.Pdf;

/// <summary>How a run sits relative to the line it belongs to.</summary>
internal enum PdfRunPosition
{
    OnBaseline,
    Raised,
    Lowered,
}

/// <summary>
/// Glyphs drawn one after another on one baseline without a wide gap: a word or a stretch of words. Runs are
/// the unit that is grouped into lines, and the unit that is attached to a line as a superscript or subscript.
/// </summary>
internal sealed class PdfRun
{
    public PdfRun(PdfGlyph first)
    {
        Glyphs.Add(first);
        Y = first.Y;
        Size = first.Size;
    }

    public List<PdfGlyph> Glyphs { get; } = [];

    public double Y { get; }

    /// <summary>The largest size in the run (a run can mix sizes only when they share the baseline).</summary>
    public double Size { get; private set; }

    public PdfRunPosition Position { get; set; }

    public double X0 => Glyphs[0].X0;

    public double X1 => Glyphs[^1].X1;

    public bool IsDigits => Glyphs.TrueForAll(g => g.Value.All(char.IsAsciiDigit));

    /// <summary>Whether <paramref name="next"/> continues this run: same baseline, and starting near where this one ended.</summary>
    public bool Continues(PdfGlyph next)
    {
        var last = Glyphs[^1];
        double size = Math.Max(last.Size, next.Size);
        return Math.Abs(next.Y - Y) < 0.1 * size && next.X0 > last.X1 - 0.5 * size && next.X0 < last.X1 + 1.5 * size;
    }

    public void Add(PdfGlyph glyph)
    {
        Glyphs.Add(glyph);
        Size = Math.Max(Size, glyph.Size);
    }

    public static List<PdfRun> FromGlyphs(IReadOnlyList<PdfGlyph> glyphs)
    {
        var runs = new List<PdfRun>();
        PdfRun? current = null;
        foreach (var glyph in glyphs)
        {
            if (current is not null && current.Continues(glyph))
            {
                current.Add(glyph);
                continue;
            }

            current = new PdfRun(glyph);
            runs.Add(current);
        }

        return runs;
    }
}
