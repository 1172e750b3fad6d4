using Publish.Documents;
using Publish.Segmentation.Placeables;

namespace Publish.Tests.Placeables;

public class PlaceableRecognizerShapeTests
{
    private static readonly PlaceableRecognizer Recognizer = new();

    [Theory]
    [InlineData("Zie de geannoteerde agenda (Kamerstuk 28 676, nr. 394).", "Kamerstuk 28 676, nr. 394", "Parliamentary Paper 28 676, No. 394")]
    [InlineData("De bijeenkomst (Kamerstukken 28 676 en 36 045, nr. 395) heeft geen besluiten genomen.", "Kamerstukken 28 676 en 36 045, nr. 395", "Parliamentary Papers 28 676 and 36 045, No. 395")]
    [InlineData("In hun verklaring (Kamerstuk 21 501-20, nr. 1796) riepen zij China op.", "Kamerstuk 21 501-20, nr. 1796", "Parliamentary Paper 21 501-20, No. 1796")]
    [InlineData("1 Kamerstuk 21 501-02 nr. 2433.", "Kamerstuk 21 501-02 nr. 2433", "Parliamentary Paper 21 501-02, No. 2433")]
    [InlineData("1 Kamerstuk 28676 nr. 350 van 30 november 2020", "Kamerstuk 28676 nr. 350", "Parliamentary Paper 28 676, No. 350")]
    [InlineData("De dialoogfase over het Strategisch Kompas (Kamerstuknummer 21501-28-229).", "Kamerstuknummer 21501-28-229", "Parliamentary Paper 21 501-28, No. 229")]
    [InlineData("3 Kamerstuk 21501-28-229.", "Kamerstuk 21501-28-229", "Parliamentary Paper 21 501-28, No. 229")]
    [InlineData("In de motie Van der Plas (Kamerstuk 35 925 V, nr. 75) verzocht de Kamer dit.", "Kamerstuk 35 925 V, nr. 75", "Parliamentary Paper 35 925 V, No. 75")]
    [InlineData("Kernwapens, Kamerstuk 36 200 V, nr. 73, dd. 22 december 2022.", "Kamerstuk 36 200 V, nr. 73", "Parliamentary Paper 36 200 V, No. 73")]
    [InlineData("5 Kamerstuk 21 501-28, nr. 234.", "Kamerstuk 21 501-28, nr. 234", "Parliamentary Paper 21 501-28, No. 234")]
    [InlineData("Motie 28 676, nr. 365 – Brekelmans", "Motie 28 676, nr. 365", "Motion, Parliamentary Paper 28 676, No. 365")]
    [InlineData("Over de motie Brekelmans c.s. (Kamerstuk 28 676, nr. 365) zijn wij positief.", "Kamerstuk 28 676, nr. 365", "Parliamentary Paper 28 676, No. 365")]
    [InlineData("Ter voorbereiding op deze FMM (28 676, nr. 430).", "28 676, nr. 430", "Parliamentary Paper 28 676, No. 430")]
    [InlineData("Zoals eerder gedeeld (o.a. in 29023-276).", "29023-276", "Parliamentary Paper 29 023, No. 276")]
    [InlineData("Zie 21501-28-229 voor de inzet.", "21501-28-229", "Parliamentary Paper 21 501-28, No. 229")]
    [InlineData("2 33783-48/2021D50613", "33783-48/2021D50613", "Parliamentary Paper 33 783, No. 48 (2021D50613)")]
    [InlineData("28676-382 – Brief regering", "28676-382", "Parliamentary Paper 28 676, No. 382")]
    [InlineData("Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396", "28 676, nr. 396", "Parliamentary Paper 28 676, No. 396")]
    [InlineData("Zie Kamerstuk 28\u202F676, nr. 394.", "Kamerstuk 28\u202F676, nr. 394", "Parliamentary Paper 28 676, No. 394")]
    [InlineData("Zie Kamerstuk 36 045.", "Kamerstuk 36 045", "Parliamentary Paper 36 045")]
    [InlineData("Zie Kamerstuk 36 045, nrs. 5 en 6.", "Kamerstuk 36 045, nrs. 5 en 6", "Parliamentary Papers 36 045, Nos. 5 and 6")]
    [InlineData("Zie Kamerstukken 29023-276 en 2021Z20741.", "Kamerstukken 29023-276", "Parliamentary Papers 29 023, No. 276")]
    public void Kamerstuk_references_get_their_span_and_the_one_English_style(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Kamerstuk, target);

    [Theory]
    [InlineData("Zie Kamerstukken 29023-276 en 2021Z20741.", "2021Z20741")]
    [InlineData("2022Z00085 - Brief regering", "2022Z00085")]
    [InlineData("Registratie 2021D50613.", "2021D50613")]
    public void Kamer_registration_numbers_are_references_kept_as_written(string sentence, string span) =>
        AssertPlaceable(sentence, span, PlaceableKind.Reference, span);

    [Theory]
    [InlineData("De NAVO Top van 4 maart 2022 was belangrijk.", "4 maart 2022", "4 March 2022")]
    [InlineData("De bijeenkomst van 6 en 7 april was belangrijk.", "6 en 7 april", "6 and 7 April")]
    [InlineData("De bijeenkomst van 6 en 7 April 2022 was belangrijk.", "6 en 7 April 2022", "6 and 7 April 2022")]
    [InlineData("De Raad van 4–5 april 2023 besprak dit.", "4–5 april 2023", "4–5 April 2023")]
    [InlineData("VERSLAG VAN DE NAVO MINISTERIËLE BIJEENKOMST VAN 4 EN 5 APRIL 2023", "4 EN 5 APRIL 2023", "4 and 5 April 2023")]
    [InlineData("De Raad van 4 en 5 april 2023 besprak dit.", "4 en 5 april 2023", "4 and 5 April 2023")]
    [InlineData("Kamerbrief, dd. 22 december 2022 jl. verstuurd.", "22 december 2022 jl.", "22 December 2022")]
    [InlineData("Het commissiedebat van 22 maart jl. ter voorbereiding.", "22 maart jl.", "22 March")]
    [InlineData("De Ministers van Defensie van 16 maart spraken.", "16 maart", "16 March")]
    [InlineData("Het overleg van 13 januari a.s. over de Raad.", "13 januari a.s.", "13 January")]
    [InlineData("Het overleg op maandag 10 januari over de Raad.", "maandag 10 januari", "Monday 10 January")]
    [InlineData("De bijeenkomst op 7 januari 2022 – 2022Z00085.", "7 januari 2022", "7 January 2022")]
    [InlineData("Op vrijdag 7 januari sprak de NAVO.", "vrijdag 7 januari", "Friday 7 January")]
    [InlineData("Vrijdag 7 januari sprak de NAVO.", "Vrijdag 7 januari", "Friday 7 January")]
    [InlineData("Het verslag van juni 2022 volgt.", "juni 2022", "June 2022")]
    [InlineData("Ministeriële Bijeenkomst van April 2022.", "April 2022", "April 2022")]
    [InlineData("Kamerstuk 28 676, nr. 365, dd. 10 juni 2021.", "10 juni 2021", "10 June 2021")]
    [InlineData("De Raad van 4 - 5 april besprak dit.", "4 - 5 april", "4–5 April")]
    [InlineData("Van 4 tot en met 6 april 2023 in Vilnius.", "4 tot en met 6 april 2023", "4 to 6 April 2023")]
    [InlineData("Brief van 10-06-2021 over China.", "10-06-2021", "10 June 2021")]
    [InlineData("1 Kamerstuk 28676 nr. 350 van 30 november 2020", "30 november 2020", "30 November 2020")]
    public void Dutch_dates_get_their_span_and_an_English_day_month_year(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Date, target);

    [Theory]
    [InlineData("Een aanvullende bijdrage van EUR 75 miljoen aan het fonds.", "EUR 75 miljoen", "EUR 75 million")]
    [InlineData("Een totale bijdrage van EUR 100 miljoen momenteel.", "EUR 100 miljoen", "EUR 100 million")]
    [InlineData("De EU stelt €2,5 miljard beschikbaar.", "€2,5 miljard", "€2.5 billion")]
    [InlineData("De EU stelt € 2,5 miljard beschikbaar.", "€ 2,5 miljard", "€2.5 billion")]
    [InlineData("De EU stelt 1,5 miljard euro beschikbaar.", "1,5 miljard euro", "€1.5 billion")]
    [InlineData("Nederland draagt € 500.000 bij.", "€ 500.000", "€500,000")]
    [InlineData("De VS geven USD 1 miljard uit.", "USD 1 miljard", "USD 1 billion")]
    [InlineData("De VS geven $40 miljard uit.", "$40 miljard", "$40 billion")]
    [InlineData("Een bijdrage van € 500.000,- aan het fonds.", "€ 500.000,-", "€500,000")]
    public void Amounts_get_their_span_and_English_number_notation(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Amount, target);

    [Theory]
    [InlineData("Defensie-uitgaven van 2% van het BBP.", "2%", "2%")]
    [InlineData("Met daarvan 20% gericht op investeringen.", "20%", "20%")]
    [InlineData("Waarbij de 2%-norm van de NAVO leidend is.", "2%", "2%")]
    [InlineData("Uitgaven van 2 procent van het BBP.", "2 procent", "2%")]
    [InlineData("Een groei van 0,5% per jaar.", "0,5%", "0.5%")]
    public void Percentages_get_their_span_and_the_English_sign(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Percent, target);

    [Theory]
    [InlineData("Sancties tegen 500 personen.", "500", "500")]
    [InlineData("Sancties opgelegd aan 671 individuen.", "671", "671")]
    [InlineData("Ruim 1.000 militairen.", "1.000", "1,000")]
    [InlineData("Een factor 2,5 hoger.", "2,5", "2.5")]
    [InlineData("Binnen 30 dagen.", "30", "30")]
    [InlineData("Sinds 2017 is dat zo.", "2017", "2017")]
    [InlineData("Het BBP in 2024 stijgt.", "2024", "2024")]
    public void Numbers_and_years_get_English_separators(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Number, target);

    [Theory]
    [InlineData("Het debat begint om 14.00 uur in de plenaire zaal.", "14.00 uur", "14:00")]
    [InlineData("Aanvang 9:30 in Brussel.", "9:30", "9:30")]
    public void Times_of_day_get_a_24_hour_English_rendering(string sentence, string span, string target) =>
        AssertPlaceable(sentence, span, PlaceableKind.Time, target);

    [Theory]
    [InlineData("Zie https://www.nato.int/cps/en/natohq/official_texts_193719.htm.", "https://www.nato.int/cps/en/natohq/official_texts_193719.htm", PlaceableKind.Url)]
    [InlineData("Meer op www.rijksoverheid.nl, onder Defensie.", "www.rijksoverheid.nl", PlaceableKind.Url)]
    [InlineData("(zie https://example.org/a_(b))", "https://example.org/a_(b)", PlaceableKind.Url)]
    [InlineData("Mail naar info@minbuza.nl.", "info@minbuza.nl", PlaceableKind.Email)]
    public void Web_addresses_are_copied_unchanged(string sentence, string span, PlaceableKind kind) =>
        AssertPlaceable(sentence, span, kind, span);

    internal static void AssertPlaceable(string sentence, string span, PlaceableKind kind, string target)
    {
        var start = sentence.IndexOf(span, StringComparison.Ordinal);
        Assert.True(start >= 0, "the test's span must occur in its sentence");
        var placeables = Recognizer.Recognize(sentence);
        var found = placeables.SingleOrDefault(p => p.Start == start);
        Assert.True(found is not null, $"no placeable at {start} in [{string.Join(" | ", placeables.Select(p => $"{p.Kind}:{p.Text}"))}]");
        Assert.Equal((start, span.Length, kind, span, target), (found.Start, found.Length, found.Kind, found.Text, found.Target));
    }
}
