using System.Text;
using UglyToad.PdfPig.Content;

namespace Publish.Ingest.Pdf;

/// <summary>
/// One drawn character reduced to what layout needs: its text, where its advance starts and ends on the
/// baseline, and its size and font. Whitespace glyphs are dropped (spaces are recovered from the gaps), and
/// accents drawn as separate spacing glyphs are merged into the letter below them.
/// </summary>
internal readonly record struct PdfGlyph(string Value, double X0, double X1, double Y, double Size, string FontName, string? Tag)
{
    /// <summary>
    /// Spacing accents some fonts draw over the previous letter ("c" then "´" for ć), and the combining mark
    /// each stands for (Unicode 15 §7.9: spacing clones of diacritics).
    /// </summary>
    private static readonly Dictionary<char, char> CombiningMarks = new()
    {
        ['\u00B4'] = '\u0301', ['`'] = '\u0300', ['\u00A8'] = '\u0308', ['\u02C6'] = '\u0302', ['\u02DC'] = '\u0303',
        ['\u00B8'] = '\u0327', ['\u02DA'] = '\u030A', ['\u02C7'] = '\u030C', ['\u02D8'] = '\u0306', ['\u02DD'] = '\u030B',
        ['\u02DB'] = '\u0328', ['\u00AF'] = '\u0304', ['\u02D9'] = '\u0307',
    };

    /// <param name="tags">The marked-content tag around each letter (PDF 1.7 §14.6), where the producer wrote one.</param>
    public static List<PdfGlyph> FromLetters(IReadOnlyList<Letter> letters, IReadOnlyDictionary<Letter, string> tags)
    {
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(letter.Value) || letter.PointSize <= 0)
            {
                continue;
            }

            var glyph = new PdfGlyph(letter.Value, letter.StartBaseLine.X, Math.Max(letter.EndBaseLine.X, letter.StartBaseLine.X),
                letter.StartBaseLine.Y, letter.PointSize, letter.FontName ?? "", tags.GetValueOrDefault(letter));
            if (glyphs.Count > 0 && glyph.IsSpacingAccentOver(glyphs[^1], letter.BoundingBox.Centroid.X))
            {
                glyphs[^1] = glyphs[^1] with { Value = Compose(glyphs[^1].Value, CombiningMarks[glyph.Value[0]]) };
                continue;
            }

            glyphs.Add(glyph);
        }

        return glyphs;
    }

    /// <summary>A spacing accent whose drawn shape is centred over the previous letter's advance belongs to that letter.</summary>
    private bool IsSpacingAccentOver(PdfGlyph previous, double centreX) =>
        Value.Length == 1 && CombiningMarks.ContainsKey(Value[0]) && char.IsLetter(previous.Value[^1])
        && (X0 < previous.X1 - 0.05 * previous.Size || (centreX > previous.X0 && centreX < previous.X1))
        && Math.Abs(Y - previous.Y) < 0.5 * previous.Size;

    private static string Compose(string letter, char mark) => (letter + mark).Normalize(NormalizationForm.FormC);
}
