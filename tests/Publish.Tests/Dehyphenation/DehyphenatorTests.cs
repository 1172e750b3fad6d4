using Publish.Ingest.Dehyphenation;

namespace Publish.Tests.Dehyphenation;

public sealed class DehyphenatorTests
{
    private static readonly Dehyphenator Dehyphenator = new();

    [Theory]
    [InlineData("verde-", "diging", "verdediging")]
    [InlineData("Bondge-", "nootschap", "Bondgenootschap")]
    [InlineData("veiligheids-", "sector.", "veiligheidssector.")]
    [InlineData("funda-", "menteel", "fundamenteel")]
    [InlineData("onder-", "streepten", "onderstreepten")]
    [InlineData("betrok-", "kenheid", "betrokkenheid")]
    [InlineData("sanctiecri-", "teria,", "sanctiecriteria,")]
    [InlineData("bespre-", "kingen", "besprekingen")]
    [InlineData("geanno-", "teerde", "geannoteerde")]
    [InlineData("mogelijk-", "heden", "mogelijkheden")]
    [InlineData("(veiligheids-", "sector)", "(veiligheidssector)")]
    [InlineData("jurispruden-", "tie2.", "jurisprudentie2.")]
    [InlineData("kinderbescher-", "ming", "kinderbescherming")]
    [InlineData("VERDEDI-", "GING", "VERDEDIGING")]
    [InlineData("vice-", "premier", "vicepremier")]
    public void A_typesetting_break_inside_a_word_is_joined(string before, string after, string expected) =>
        Assert.Equal(expected, Dehyphenator.JoinAcrossLineBreak(before, after, null));

    [Theory]
    [InlineData("NAVO-", "verdragsgebied", "NAVO-verdragsgebied")]
    [InlineData("Secretaris-", "Generaal", "Secretaris-Generaal")]
    [InlineData("Oost-", "Europa", "Oost-Europa")]
    [InlineData("Noord-", "Atlantische", "Noord-Atlantische")]
    [InlineData("Yamal-", "leiding", "Yamal-leiding")]
    [InlineData("EU-", "gasrichtlijn", "EU-gasrichtlijn")]
    [InlineData("PVV-", "fractie", "PVV-fractie")]
    [InlineData("29023-", "276", "29023-276")]
    [InlineData("NAVO-", "initiatieven", "NAVO-initiatieven")]
    [InlineData("Joseph-", "Agema", "Joseph-Agema")]
    [InlineData("CCS-", "projecten", "CCS-projecten")]
    [InlineData("WIA-", "uitkering", "WIA-uitkering")]
    [InlineData("ENTSO-E-", "verband", "ENTSO-E-verband")]
    [InlineData("GroenLinks-", "fractie", "GroenLinks-fractie")]
    [InlineData("Oekraïne-", "crisis", "Oekraïne-crisis")]
    [InlineData("de-", "escalatie", "de-escalatie")]
    [InlineData("niet-", "militaire", "niet-militaire")]
    [InlineData("ex-", "minister", "ex-minister")]
    [InlineData("oud-", "voorzitter", "oud-voorzitter")]
    [InlineData("kandidaat-", "lidmaatschap", "kandidaat-lidmaatschap")]
    [InlineData("zee-", "egel", "zee-egel")]
    [InlineData("auto-", "industrie", "auto-industrie")]
    [InlineData("na-", "apen", "na-apen")]
    [InlineData("informatie-", "uitwisseling", "informatie-uitwisseling")]
    [InlineData("sanctie-", "instrument.", "sanctie-instrument.")]
    public void A_real_hyphen_is_kept_and_the_gap_closed(string before, string after, string expected) =>
        Assert.Equal(expected, Dehyphenator.JoinAcrossLineBreak(before, after, null));

    [Theory]
    [InlineData("https://www.ad.nl/geen-vergunning-voor-", "intocht/", "https://www.ad.nl/geen-vergunning-voor-intocht/")]
    [InlineData("(www.volkskrant.nl/nieuws-", "achtergrond/)", "(www.volkskrant.nl/nieuws-achtergrond/)")]
    [InlineData("(regiopurmerend.nl/2024/05/03/tieners-", "vrijgelaten/).", "(regiopurmerend.nl/2024/05/03/tieners-vrijgelaten/).")]
    public void An_address_keeps_its_hyphen_and_is_joined_without_a_space(string before, string after, string expected) =>
        Assert.Equal(expected, Dehyphenator.JoinAcrossLineBreak(before, after, null));

    [Theory]
    [InlineData("defensie-", "en", "veiligheidssector", "defensie- en")]
    [InlineData("vracht-", "en", "verzendkosten", "vracht- en")]
    [InlineData("vracht-", "of", "verzendkosten", "vracht- of")]
    [InlineData("aanloop-", "en", null, "aanloop- en")]
    [InlineData("militaire-", "en", "niet-militaire", "militaire- en")]
    public void A_hyphen_before_en_or_of_marks_a_suspended_compound(string before, string after, string? following, string expected) =>
        Assert.Equal(expected, Dehyphenator.JoinAcrossLineBreak(before, after, following));

    [Theory]
    [InlineData("wordt", "gesteld", "wordt gesteld")]
    [InlineData("zegt", "-", "zegt -")]
    [InlineData("-", "zo", "- zo")]
    public void A_line_that_does_not_end_in_a_hyphenated_word_is_joined_with_a_space(string before, string after, string expected)
    {
        var decision = Dehyphenator.Decide(before, after, null);

        Assert.Equal(expected, decision.Text);
        Assert.Equal(DehyphenationOutcome.NotHyphenated, decision.Outcome);
    }

    [Fact]
    public void A_soft_hyphen_always_joins() =>
        Assert.Equal("NAVOverdrag", Dehyphenator.JoinAcrossLineBreak("NAVO\u00AD", "verdrag", null));

    [Fact]
    public void The_decision_says_what_was_done_and_why()
    {
        var decision = Dehyphenator.Decide("NAVO-", "verdragsgebied", "conform");

        Assert.Equal(DehyphenationOutcome.KeptHyphen, decision.Outcome);
        Assert.Contains("acronym", decision.Reason, StringComparison.Ordinal);
    }
}
