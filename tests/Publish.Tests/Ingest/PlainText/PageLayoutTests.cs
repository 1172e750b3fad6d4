using System.Text;
using Publish.Documents;

namespace Publish.Tests.Ingest.PlainText;

/// <summary>Synthetic extractions exercising page breaks, footnote zones and paragraph ends one at a time.</summary>
public class PageLayoutTests
{
    private static PublishDocument Read(string text) => new DocumentPipeline().Process("test.txt", Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_form_feed_inside_a_sentence_does_not_end_the_paragraph()
    {
        var doc = Read("De bondgenoten spraken over de\n\fverdediging van het verdragsgebied.\n");

        Assert.Equal("De bondgenoten spraken over de verdediging van het verdragsgebied.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void A_page_break_after_a_finished_paragraph_starts_a_new_one()
    {
        var doc = Read("Dit is de eerste alinea van de brief die over twee regels loopt\nen hier eindigt.\n\n\n\nDit is de tweede alinea.\n");

        Assert.Equal(["Dit is de eerste alinea van de brief die over twee regels loopt en hier eindigt.", "Dit is de tweede alinea."], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_footnote_body_over_several_lines_between_two_halves_of_a_sentence_is_taken_out()
    {
        var text = "De Kamer is eerder geïnformeerd over de sancties.1 Het kabinet blijft de situatie op de voet volgen en\n\n"
            + "1 Kamerstuk 21 501-02, nr. 2368, over de stand van zaken van de sancties tegen\nRusland en Belarus.\n"
            + " informeert de Kamer zo spoedig mogelijk.\n";

        var doc = Read(text);

        Assert.Equal("De Kamer is eerder geïnformeerd over de sancties. Het kabinet blijft de situatie op de voet volgen en informeert de Kamer zo spoedig mogelijk.", doc.Blocks[0].Text);
        var footnote = doc.Blocks[1];
        Assert.Equal((BlockKind.Footnote, "1"), (footnote.Kind, footnote.Number));
        Assert.Equal("Kamerstuk 21 501-02, nr. 2368, over de stand van zaken van de sancties tegen Rusland en Belarus.", footnote.Text);
        Assert.Equal(["1"], doc.Blocks[0].Segments[0].Footnotes);
    }

    [Fact]
    public void A_short_line_ending_a_sentence_ends_the_paragraph_even_without_a_blank_line()
    {
        var doc = Read("De ministers spraken uitgebreid over de situatie in Oekraïne en de gevolgen voor de\nveiligheid van het bondgenootschap in brede zin.\nDaarna volgde een lunch met de partners uit de Indo-Pacific regio, de EU en de\nHoge Vertegenwoordiger.\n");

        Assert.Equal(2, doc.Blocks.Count);
    }

    [Fact]
    public void An_answer_label_without_a_blank_line_still_starts_a_new_block()
    {
        var doc = Read("Vragen en opmerkingen van de leden van de SP-fractie\n\nDe leden van de SP-fractie vragen wat de minister gaat doen?\n3. Antwoord van het kabinet\nHet kabinet gaat praten.\n");

        Assert.Equal([BlockKind.Heading, BlockKind.Question, BlockKind.Answer], doc.Blocks.Select(b => b.Kind));
        Assert.Equal(("3", doc.Blocks[1].Id, "SP"), (doc.Blocks[2].Number, doc.Blocks[2].Answers, doc.Blocks[1].Party));
    }

    [Fact]
    public void Aanhangsel_labels_vraag_and_antwoord_link_by_number()
    {
        var doc = Read("Vraag 1\nKunt u bevestigen dat de NAVO-top in juli plaatsvindt?\n\nVraag 2\nWelke landen nemen deel?\n\nAntwoord 1\nJa.\n\nAntwoord 2\nAlle bondgenoten.\n");

        var answers = doc.Blocks.Where(b => b.Kind == BlockKind.Answer).ToList();
        Assert.Equal(["1", "2"], answers.Select(a => a.Number!));
        Assert.Equal(["1", "2"], answers.Select(a => doc.Blocks.Single(b => b.Id == a.Answers).Number!));
    }

    [Fact]
    public void A_short_answer_right_after_its_label_is_the_answer_not_a_heading()
    {
        var doc = Read("Vraag 9\nKunt u alle bovenstaande vragen beantwoorden?\nAntwoord 9\nJa\nVraag 10\nWilt u dit snel doen?\nAntwoord 10\nDat is gebeurd.\n");

        var answer = doc.Blocks.Single(b => b.Kind == BlockKind.Answer && b.Number == "9");
        Assert.Equal("Ja", answer.Text);
        Assert.DoesNotContain(doc.Blocks, b => b.Kind == BlockKind.Heading);
    }

    [Fact]
    public void Bullets_become_list_items_with_their_label()
    {
        var doc = Read("De ministers bespraken:\n\n• de steun aan Oekraïne;\n• de\nverdediging van het verdragsgebied;\n- de relatie met China.\n");

        var items = doc.Blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.Equal(["de steun aan Oekraïne;", "de verdediging van het verdragsgebied;", "de relatie met China."], items.Select(i => i.Text));
        Assert.Equal(["•", "•", "-"], items.Select(i => i.Number!));
    }
}
