using Publish.Glossary;
using Publish.Glossary.Recognition;
using static Publish.Tests.Glossary.Recognition.TestGlossary;

namespace Publish.Tests.Glossary.Recognition;

public class TermRecognizerRuleTests
{
    [Fact]
    public void Among_equal_matches_the_entry_listed_first_wins()
    {
        var recognizer = new TermRecognizer(
        [
            Entry("raad-1", "Raad", "Council", TermKind.Name, true, CompoundUse.None),
            Entry("raad-2", "Raad", "Board", TermKind.Name, true, CompoundUse.None),
        ]);

        Assert.Equal("raad-1", Assert.Single(recognizer.Recognize("De Raad besloot.")).Entry);
    }

    [Fact]
    public void A_listed_form_wins_over_an_equal_generated_inflection_of_an_earlier_entry()
    {
        var recognizer = new TermRecognizer(
        [
            Entry("staat", "staat", "state", TermKind.Term, false, CompoundUse.None),
            Entry("staten-generaal", "Staten", "States General", TermKind.Name, false, CompoundUse.None),
        ]);

        Assert.Equal("staten-generaal", Assert.Single(recognizer.Recognize("De Staten vergaderen.")).Entry);
    }

    [Fact]
    public void The_longest_match_wins_even_when_it_starts_later()
    {
        var recognizer = new TermRecognizer(
        [
            Entry("hoge-raad", "Hoge Raad", "Supreme Court", TermKind.Name, true, CompoundUse.None),
            Entry("raad-van-state", "Raad van State", "Council of State", TermKind.Name, true, CompoundUse.None),
        ]);

        var span = Assert.Single(recognizer.Recognize("De Hoge Raad van State bestaat niet."));

        Assert.Equal((8, "raad-van-state"), (span.Start, span.Entry));
    }

    [Fact]
    public void Spans_carry_the_lemma_the_english_and_the_entry_id()
    {
        var span = Assert.Single(new TermRecognizer(Entries).Recognize("Twee Bondgenoten."));

        Assert.Equal(new Publish.Documents.TermSpan(5, 11, "bondgenoot", "ally", "bondgenoot"), span);
    }

    [Fact]
    public void Terms_are_not_inflected_for_names_titles_or_acronyms()
    {
        var recognizer = new TermRecognizer([Entry("minister", "minister", "Minister", TermKind.Title, false, CompoundUse.None)]);

        Assert.Empty(recognizer.Recognize("De ministers kwamen."));
    }

    [Fact]
    public void An_empty_glossary_recognises_nothing() =>
        Assert.Empty(new TermRecognizer([]).Recognize("De NAVO komt bijeen."));

    [Theory]
    [InlineData("De Kamerbrief volgt.", "Kamer@3")]
    [InlineData("De kamerbrief volgt.", "")]
    [InlineData("De VeiligheidsKamer vergadert.", "Kamer@14")]
    [InlineData("De veiligheidskamer vergadert.", "")]
    [InlineData("De Kamers zijn het eens.", "")]
    public void A_case_sensitive_closed_entry_keeps_its_capitals_as_first_or_last_part(string text, string expected)
    {
        var recognizer = new TermRecognizer([Entry("kamer", "Kamer", "House", TermKind.Name, true, CompoundUse.Closed)]);

        var actual = recognizer.Recognize(text).Select(s => $"{text.Substring(s.Start, s.Length)}@{s.Start}");

        Assert.Equal(expected, string.Join(' ', actual));
    }

    [Theory]
    [InlineData("bondgenoot", "bondgenoten")]
    [InlineData("lidstaat", "lidstaten")]
    [InlineData("motie", "moties")]
    [InlineData("sanctie", "sancties")]
    [InlineData("minister", "ministers")]
    [InlineData("maatregel", "maatregels|maatregelen")]
    [InlineData("agenda", "agenda's")]
    [InlineData("scenario", "scenario's")]
    [InlineData("standpunt", "standpunten")]
    [InlineData("besluit", "besluiten")]
    [InlineData("EU-lidstaat", "EU-lidstaten")]
    [InlineData("geannoteerde agenda", "geannoteerde agenda's")]
    [InlineData("nationaal", "nationalen|nationale")]
    [InlineData("geannoteerd", "geannoteerden|geannoteerde")]
    [InlineData("militair", "militairen|militaire")]
    [InlineData("top", "")]
    [InlineData("verdrag", "")]
    [InlineData("brief", "")]
    [InlineData("kruis", "")]
    public void Inflections_follow_the_documented_conservative_rules(string form, string expected) =>
        Assert.Equal(expected, string.Join('|', DutchInflections.Of(form)));
}
