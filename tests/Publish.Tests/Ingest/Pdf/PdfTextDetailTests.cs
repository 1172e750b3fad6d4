using System.Text;
using Publish.Documents;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>What only the layout tells: raised markers versus lowered digits, split accents, words and sentences across page breaks.</summary>
public sealed class PdfTextDetailTests
{
    [Theory]
    [InlineData("ah-tk-20232024-2210", "Het HyRegions rapport geeft een eerste beeld", "1")]
    [InlineData("ah-tk-20232024-2210", "In de brief van 29 juni 2022 is aangegeven", "2")]
    [InlineData("ah-tk-20232024-1771", "signaalrapportage uit 2022 waaruit blijkt", "4")]
    public void A_raised_marker_leaves_the_text_and_cites_its_footnote(string name, string text, string footnote)
    {
        var segment = PdfSamples.Document(name).SegmentContaining(text);
        Assert.Equal([footnote], segment.Footnotes);
    }

    [Fact]
    public void A_marker_standing_in_for_the_space_after_a_sentence_ends_that_sentence()
    {
        var document = PdfSamples.Document("ah-tk-20232024-1481");
        var cited = document.SegmentContaining("grensbewakingsautoriteiten van de Landen gesproken.");

        Assert.EndsWith("gesproken.", cited.Text, StringComparison.Ordinal);
        Assert.Equal(["3"], cited.Footnotes);
        Assert.StartsWith("Toekomstige samenwerking en eventuele hulp", document.SegmentContaining("Toekomstige samenwerking").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lowered_digit_stays_in_the_text()
    {
        var segment = PdfSamples.Document("ah-tk-20232024-2210").SegmentContaining("Voor CO2 zijn er ook alternatieve");
        Assert.Empty(segment.Footnotes);
    }

    [Theory]
    [InlineData("ah-tk-20232024-1980", "Joseph-Agema")]
    [InlineData("ah-tk-20232024-2313", "WIA-uitkering")]
    [InlineData("ah-tk-20232024-2210", "CCS-projecten")]
    [InlineData("ah-tk-20232024-2210", "de aanloop- en volloopverliezen")]
    [InlineData("ah-tk-20232024-2168", "ENTSO-E-verband")]
    [InlineData("ah-tk-20232024-1980", "zorgaanbieder over passende zorg")]
    public void Line_end_hyphens_are_resolved_by_the_lexicon_also_across_a_page_break(string name, string text) =>
        Assert.Contains(PdfSamples.Document(name).Segments, s => s.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void A_sentence_broken_by_the_page_foot_is_one_segment()
    {
        var segment = PdfSamples.Document("ah-tk-20232024-2367").SegmentContaining("Voorts is DNB onafhankelijk, gaat zij over haar eigen handhavingsbeleid");
        Assert.EndsWith("zonder politieke inmenging.", segment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accents_drawn_as_separate_glyphs_are_merged_and_the_text_is_NFC()
    {
        var texts = PdfSamples.Names.SelectMany(n => PdfSamples.Document(n).Blocks).Select(b => b.Text).ToList();
        Assert.Contains(texts, t => t.Contains("Kostić", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.True(t.IsNormalized(NormalizationForm.FormC), t));
        Assert.DoesNotContain(texts, t => t.Any(c => c is '\u00B4' or '\u00B8' or '\uE001'));
    }

    [Fact]
    public void A_table_in_footnote_sized_type_stays_in_the_text_as_table_rows()
    {
        var document = PdfSamples.Document("ah-tk-20232024-1314");
        var rows = document.Blocks.Where(b => b.Kind == BlockKind.TableRow).ToList();
        Assert.Equal(["Grond", "Meldingen in 2021", "Meldingen in 2022", "Meldingen in 2023"], rows[0].Cells);
        Assert.Contains(rows, r => r.Cells is ["TOTAAL", "12", "17", "40"]);
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.Footnote && b.Text.Contains("Meldingen", StringComparison.Ordinal));
    }
}
