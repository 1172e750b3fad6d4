using Publish.Documents;

namespace Publish.Tests.Ingest.PlainText;

/// <summary>The structure rebuilt from the real PDF text extractions in samples/.</summary>
public class SampleStructureTests
{
    [Theory]
    [InlineData("001", 28)]
    [InlineData("003", 58)]
    public void Every_numbered_cabinet_answer_is_found_and_linked_to_the_question_before_it(string sample, int answers)
    {
        var doc = Samples.Document(sample);
        var answerBlocks = doc.Blocks.Where(b => b.Kind == BlockKind.Answer).ToList();

        Assert.Equal(Enumerable.Range(1, answers).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), answerBlocks.Select(b => b.Number!).Distinct());
        foreach (var answer in answerBlocks)
        {
            var question = doc.Blocks.Single(b => b.Id == answer.Answers);
            Assert.Equal(BlockKind.Question, question.Kind);
            Assert.True(doc.Blocks.IndexOf(question) < doc.Blocks.IndexOf(answer));
        }
    }

    [Fact]
    public void Questions_carry_the_parliamentary_group_of_their_section()
    {
        var doc = Samples.Document("001");

        Assert.Equal(["VVD", "D66", "PVV", "CDA", "SP", "PvdA", "Volt", "Groep Van Haga"], doc.Blocks.Where(b => b.Kind == BlockKind.Question).Select(b => b.Party!).Distinct());
        Assert.Equal("VVD", doc.BlockContaining("afbreuk te doen aan de collectieve veiligheid en het principe van soevereiniteit").Party);
        Assert.Equal(BlockKind.Question, doc.BlockContaining("De leden van de SP-fractie vragen of het kabinet deze mening deelt").Kind);
        Assert.Equal(BlockKind.Answer, doc.BlockContaining("Het kabinet deelt de mening van de D66-fractie").Kind);
    }

    [Theory]
    [InlineData("001", "zonder daarbij afbreuk te doen aan de collectieve veiligheid en het principe van soevereiniteit.")]
    [InlineData("000", "dit toezichtvertrouwelijke informatie die niet gedeeld mag worden.")]
    [InlineData("004", "waarmee Nederland met een totale bijdrage van EUR 100 miljoen momenteel de grootste donor is van UCAP.")]
    [InlineData("003", "tijdens de NAVO-top in juni in Madrid weer op de agenda staat.")]
    [InlineData("003", "het hoofdkwartier van de NAVO CO2-bewust gebouwd.")]
    public void A_sentence_broken_by_a_page_break_and_footnotes_is_one_segment(string sample, string sentenceEnd)
    {
        var segment = Samples.Document(sample).SegmentContaining(sentenceEnd);

        Assert.EndsWith(sentenceEnd, segment.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("000", "1", "Kamerstuk 36 045, nr. 3", "recent aangenomen sancties.")]
    [InlineData("000", "2", "Kamerstuk 21 501-02, nr. 2368", "in de motie Sjoerdsma.")]
    [InlineData("002", "1", "Kamerstuk 28676 nr. 350 van 30 november 2020", "t.b.v. de NAVO.")]
    [InlineData("001", "2", "33783-48/2021D50613", "Toetsingsconferentie van het Non-Proliferatieverdrag”.")]
    [InlineData("003", "5", "Kamerstuk 21 501-28, nr. 234.", "naar een eerdere reactie op de motie")]
    [InlineData("003", "6", "Kamerstuk 36 045, nr. 35.", "van 10 maart jl., waarin")]
    [InlineData("004", "4", "Toezegging tijdens het commissiedebat van 22 maart jl. over de NAVO Ministeriële van 4 en 5 april 2023.", "Op verzoek van uw Kamer heeft het kabinet")]
    [InlineData("004", "5", "Kamerbrief over motie lid Van Dijk over nucleaire ontwapening en de modernisering van kernwapens, Kamerstuk 36 200 V, nr. 73, dd. 22 december 2022.", "recentelijk nog in de Kamerbrief van 22 december 2022 jl.")]
    [InlineData("004", "6", "Toezegging over veiligheidsgaranties.", "NAVO FMM zegde ik uw Kamer toe")]
    public void A_footnote_marker_is_removed_and_linked_to_its_body(string sample, string number, string body, string citingText)
    {
        var doc = Samples.Document(sample);

        var footnote = doc.Blocks.Single(b => b.Kind == BlockKind.Footnote && b.Number == number);
        Assert.Equal(body, footnote.Text);
        Assert.Contains(number, doc.SegmentContaining(citingText).Footnotes);
    }

    [Theory]
    [InlineData("001", "Normandie4 format")]
    [InlineData("003", "AP4-landen")]
    [InlineData("003", "NAVO CO2-bewust")]
    [InlineData("003", "de F-35 (de B-61-12)")]
    [InlineData("004", "2% van het BBP")]
    [InlineData("004", "groep NAVO 2030 met betrekking tot China.")]
    public void Digits_inside_names_and_numbers_are_not_footnote_markers(string sample, string text)
    {
        Assert.NotNull(Samples.Document(sample).SegmentContaining(text));
    }

    [Fact]
    public void A_marker_without_a_body_is_kept_as_a_warning()
    {
        var doc = Samples.Document("001");

        var warning = Assert.Single(doc.Warnings, w => w.Code == "footnote-without-body");
        Assert.Contains("4", warning.Message, StringComparison.Ordinal);
        var answer25 = doc.Blocks.Single(b => b.Kind == BlockKind.Answer && b.Number == "25" && b.Text.Contains("Brekelmans", StringComparison.Ordinal));
        Assert.Equal(["4"], answer25.Segments.Single(s => s.Text.Contains("Conform de motie Brekelmans c.s., zet Nederland", StringComparison.Ordinal)).Footnotes);
    }

    [Fact]
    public void A_footnote_continuation_line_that_starts_with_a_number_is_not_a_new_footnote()
    {
        var footnotes = Samples.Document("004").Blocks.Where(b => b.Kind == BlockKind.Footnote).ToList();

        Assert.Equal(["1", "3", "4", "5", "6", "7"], footnotes.Select(f => f.Number!));
        Assert.EndsWith("van 4–5 april 2023.", footnotes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_text_has_no_line_breaks_double_spaces_or_decomposed_accents()
    {
        foreach (var sample in new[] { "000", "001", "002", "003", "004" })
        {
            foreach (var block in Samples.Document(sample).Blocks)
            {
                Assert.DoesNotContain('\n', block.Text);
                Assert.DoesNotContain("  ", block.Text, StringComparison.Ordinal);
                Assert.Equal(block.Text.Trim(), block.Text);
                Assert.True(block.Text.IsNormalized(System.Text.NormalizationForm.FormC));
            }
        }
    }
}
