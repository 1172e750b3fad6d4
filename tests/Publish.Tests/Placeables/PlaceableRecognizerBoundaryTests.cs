using FsCheck.Xunit;
using Publish.Documents;
using Publish.Segmentation.Placeables;

namespace Publish.Tests.Placeables;

public class PlaceableRecognizerBoundaryTests
{
    private static readonly PlaceableRecognizer Recognizer = new();

    [Theory]
    [InlineData("De ambities van NAVO2030 blijven staan.")]
    [InlineData("Turkije kocht het S300-systeem, de S300 dus.")]
    [InlineData("De levering van F-35 toestellen.")]
    [InlineData("Overleg met de AP4-landen.")]
    [InlineData("De B-61-12 bommen worden gemoderniseerd.")]
    [InlineData("Een CO2-bewust beleid.")]
    [InlineData("De G7 sprak zich uit.")]
    [InlineData("Het Normandie4 format.")]
    [InlineData("Conform de motie Brekelmans c.s.1 , zet Nederland zich in.")]
    [InlineData("Zie paragraaf 2.5 hierover.")]
    [InlineData("Een gebrek aan middelen in april en mei.")]
    public void Digits_inside_names_codes_and_markers_give_no_placeable(string sentence) =>
        Assert.Empty(Recognizer.Recognize(sentence));

    [Fact]
    public void A_sentence_without_digits_or_web_addresses_gives_nothing() =>
        Assert.Empty(Recognizer.Recognize("De Raad sprak over Oekraïne en de oostflank van het bondgenootschap."));

    [Fact]
    public void A_reference_followed_by_a_date_gives_a_reference_and_a_separate_date()
    {
        var placeables = Recognizer.Recognize("1 Kamerstuk 28676 nr. 350 van 30 november 2020");

        Assert.Equal(
            [(PlaceableKind.Number, "1"), (PlaceableKind.Kamerstuk, "Kamerstuk 28676 nr. 350"), (PlaceableKind.Date, "30 november 2020")],
            placeables.Select(p => (p.Kind, p.Text)));
    }

    [Fact]
    public void The_longest_candidate_wins_so_an_amount_swallows_its_number()
    {
        var placeable = Assert.Single(Recognizer.Recognize("Nederland draagt EUR 75 miljoen bij."));
        Assert.Equal(PlaceableKind.Amount, placeable.Kind);
    }

    [Fact]
    public void The_longest_candidate_wins_so_a_date_swallows_its_year_and_day()
    {
        var placeable = Assert.Single(Recognizer.Recognize("Op 24 maart 2022 sprak de NAVO."));
        Assert.Equal((PlaceableKind.Date, "24 maart 2022"), (placeable.Kind, placeable.Text));
    }

    [Fact]
    public void A_bare_reference_inside_a_labelled_one_gives_way_to_the_labelled_one()
    {
        var placeable = Assert.Single(Recognizer.Recognize("(Kamerstuk 28 676, nr. 430)"));
        Assert.Equal("Kamerstuk 28 676, nr. 430", placeable.Text);
    }

    [Theory]
    [InlineData(PlaceableKind.Kamerstuk, PlaceableKind.Url)]
    [InlineData(PlaceableKind.Url, PlaceableKind.Email)]
    [InlineData(PlaceableKind.Email, PlaceableKind.Date)]
    [InlineData(PlaceableKind.Date, PlaceableKind.Amount)]
    [InlineData(PlaceableKind.Amount, PlaceableKind.Percent)]
    [InlineData(PlaceableKind.Percent, PlaceableKind.Time)]
    [InlineData(PlaceableKind.Time, PlaceableKind.Number)]
    public void Equal_length_candidates_go_to_the_kind_with_priority(PlaceableKind first, PlaceableKind second) =>
        Assert.True(PlaceableRecognizer.Priority(first) < PlaceableRecognizer.Priority(second));

    [Fact]
    public void Several_placeables_come_back_in_text_order()
    {
        var placeables = Recognizer.Recognize("Op 4 maart 2022 ging 2% (EUR 75 miljoen) naar 671 projecten, zie www.rijksoverheid.nl.");

        Assert.Equal(
            ["4 maart 2022", "2%", "EUR 75 miljoen", "671", "www.rijksoverheid.nl"],
            placeables.Select(p => p.Text));
    }

    [Fact]
    public void A_Kamerstuk_reference_exposes_its_parsed_parts()
    {
        var recognized = Assert.Single(Recognizer.RecognizeWithValues("Motie 28676 en 36 045 V, nrs. 5 en 6"));
        var reference = Assert.IsType<KamerstukReference>(recognized.Value);

        Assert.True(reference.IsMotion);
        Assert.Equal([new KamerstukDossier("28 676", null), new KamerstukDossier("36 045", "V")], reference.Dossiers);
        Assert.Equal(["5", "6"], reference.DocumentNumbers);
        Assert.Equal("Motion, Parliamentary Papers 28 676 and 36 045 V, Nos. 5 and 6", recognized.Placeable.Target);
    }

    [Fact]
    public void A_date_exposes_its_parsed_parts()
    {
        var recognized = Assert.Single(Recognizer.RecognizeWithValues("Op maandag 10 januari 2022 jl. sprak de Raad."));

        Assert.Equal(
            new DutchDate(10, null, null, 1, 2022, DayOfWeek.Monday, RelativeDateMarker.Last),
            recognized.Value);
    }

    [Fact]
    public void An_amount_exposes_its_value_and_scale()
    {
        var amount = Assert.IsType<MonetaryAmount>(Assert.Single(Recognizer.RecognizeWithValues("€ 2,5 miljard")).Value);

        Assert.Equal(("€", 2.5m, "billion"), (amount.Currency, amount.Number.Value, amount.Scale));
    }

    [Fact]
    public void An_impossible_day_is_not_part_of_a_date() =>
        Assert.DoesNotContain(Recognizer.Recognize("Op 31 april 2022 gebeurde niets."), p => p.Kind == PlaceableKind.Date && p.Text.StartsWith("31", StringComparison.Ordinal));

    [Property(MaxTest = 500)]
    public bool Any_text_gives_ordered_non_overlapping_spans_that_match_the_text(string? text)
    {
        text ??= "";
        var placeables = Recognizer.Recognize(text);
        var previousEnd = 0;
        foreach (var placeable in placeables)
        {
            if (placeable.Start < previousEnd || placeable.Length < 1 || placeable.Text != text.Substring(placeable.Start, placeable.Length))
            {
                return false;
            }

            previousEnd = placeable.End;
        }

        return true;
    }
}
