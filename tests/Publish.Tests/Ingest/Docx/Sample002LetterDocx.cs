using DocumentFormat.OpenXml.Wordprocessing;
using static Publish.Tests.Ingest.Docx.DocxTestDocument;

namespace Publish.Tests.Ingest.Docx;

/// <summary>
/// Generates samples/docx/002-letter.docx: the letter and report of samples/002_339d04086ffbbeaa.txt as
/// Word would hold them (Dutch "Kop1" headings, a Title paragraph shown in capitals through w:caps, a real
/// footnote, a word split over differently formatted runs, a soft hyphen). Regenerate the committed file with
/// <c>PUBLISH_WRITE_SAMPLES=1 dotnet test tests/Publish.Tests --filter Sample002</c>.
/// </summary>
internal static class Sample002LetterDocx
{
    public const string RelativePath = "samples/docx/002-letter.docx";

    public const string FootnoteText = "Kamerstuk 28676 nr. 350 van 30 november 2020";

    /// <summary>The body paragraphs as the reader should return them, in order.</summary>
    public static readonly string[] ExpectedParagraphs =
    [
        "Geachte voorzitter,",
        "Hierbij bied ik u, mede namens de minister van Defensie, het verslag aan van de NAVO ministeriële bijeenkomst van 7 januari 2022.",
        "De minister van Buitenlandse Zaken,",
        "W.B. Hoekstra",
        "Verslag NAVO ministeriële 7 januari",
        "Inleiding",
        "Op vrijdag 7 januari vond een virtuele bijeenkomst van de NAVO-ministers van Buitenlandse Zaken (FMM) plaats. De minister van Buitenlandse Zaken nam deel aan deze vergadering.",
        "De bijeenkomst stond in het teken van de voorbereiding van de NAVO-Rusland Raad (NRR) die op woensdag 12 januari heeft plaatsgevonden. De directe aanleiding voor het bijeenkomen van de NRR is de zorgwekkende toestand van de veiligheidssituatie aan de Oostflank van de NAVO en dan met name de Russische troepenopbouw aan de grens met Oekraïne en het toenemende bredere assertieve gedrag van Rusland in dit kader.",
        "Veiligheidssituatie Oost-Europa/NRR",
        "De ministers spraken uitgebreid over het toenemend agressieve gedrag van de Russische Federatie. Zij deelden onder meer hun zorgen over de aanhoudende opbouw van Russische troepen aan de grenzen van Oekraïne en herhaalden hun steun aan de soevereiniteit en territoriale integriteit van Oekraïne. De situatie in en om Oekraïne blijft in beweging. Het is van groot belang dat de NAVO de situatie nauwlettend blijft volgen, ook met het oog op de veiligheid van bondgenoten en het Euro-Atlantisch verdragsgebied. Het tweesporenbeleid van de NAVO van druk en dialoog ten aanzien van de Russische Federatie blijft daarbij leidend.",
        "Nederland benadrukte tijdens de FMM het belang van de afspraken uit de Slotakte van Helsinki, waarin is afgesproken dat het aan soevereine staten zelf is of zij een bondgenootschap aangaan en hoe zij dat doen. Ook onderstreepte Nederland het belang van een gecoördineerd optreden van de NAVO en de EU ten aanzien het assertieve Russische gedrag en ziet een prominente rol voor de OVSE weggelegd.",
        "Tegelijkertijd pleitte Nederland, net als andere bondgenoten, ook voor een gebalanceerd pakket aan preventieve militaire- en niet-militaire maatregelen om het tweesporenbeleid van druk en dialoog richting Rusland verder vorm te geven. Deze maatregelen zijn gericht op de-escalatie van de spanningen aan de grens tussen Rusland en Oekraïne en versterking van de NAVO posture. Tegelijkertijd dienen zowel de militaire als de niet-militaire maatregelen er óók aan bij te dragen dat Rusland afziet van verdere schending van de soevereiniteit van Oekraïne. De maatregelen die kunnen bijdragen aan de verdediging van het NAVO-verdragsgebied zijn er op gericht om de waakzaamheid en gereedheid binnen SACEUR’s inzetgebied (area of responsibility) te vergroten en om bestaande capaciteiten voor de collectieve afschrikking en verdediging van de NAVO te versterken. Over de Nederlandse militaire bijdragen aan de verschillende NAVO-initiatieven en de hiervoor binnen het bondgenootschap beschikbaar gestelde capaciteiten wordt uw Kamer jaarlijks geïnformeerd via de actualisering van de defensie uitgaven t.b.v. de NAVO.",
        "Naast het versterken van de afschrikking bij verdere Russische agressie tegen Oekraïne, acht het kabinet de-escalatie, transparantie en dialoog van belang om de verhoudingen tussen Rusland en Oekraïne te stabiliseren. Nederland staat positief tegenover het bijeenkomen van de NAVO-Rusland Raad (NRR) om te spreken over de veiligheidssituatie in Oost-Europa en in het bijzonder over de situatie in Oekraïne. Met de NRR zet de NAVO in op dialoog om de gewenste de-escalatie te bereiken.",
    ];

    public const int TitleIndex = 4;
    public const int FootnotedParagraphIndex = 11;
    public static readonly int[] HeadingIndexes = [5, 8];

    public static byte[] Build()
    {
        var document = new DocxTestDocument();
        var p = ExpectedParagraphs;
        document.Paragraph(p[0]).Paragraph(new Run()).Paragraph(p[1]).Paragraph(new Run()).Paragraph(p[2]).Paragraph(new Run()).Paragraph(p[3]);
        document.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
        document.Add(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Title" }),
            new Run(new RunProperties(new Caps()), new Text(p[TitleIndex]))));
        document.Styled("Kop1", p[5]);

        // "NAVO-ministers" typed over three runs with different formatting, as Word splits text after edits.
        document.Paragraph(
            Run("Op vrijdag 7 januari vond een virtuele bijeenkomst van de "),
            new Run(new RunProperties(new Bold()), new Text("NAVO")),
            Run("-"),
            Run("ministers van Buitenlandse Zaken (FMM) plaats. De minister van Buitenlandse Zaken nam deel aan deze vergadering. "));
        document.Paragraph(p[7]).Styled("Kop1", p[8]).Paragraph(p[9]);
        document.Paragraph(p[10].Replace("bondgenootschap", "bondgenoot\u00ADschap", StringComparison.Ordinal));
        var footnote = document.Footnote(FootnoteText);
        document.Paragraph(Run(p[FootnotedParagraphIndex]), footnote, Run(" "));
        document.Paragraph(p[12]);
        return document.Build();
    }
}
