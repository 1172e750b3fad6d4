using System.Text;
using System.Text.RegularExpressions;
using Publish.Glossary.Recognition;

namespace Publish.Tests.Glossary.Recognition;

/// <summary>
/// Recognition cases over <see cref="TestGlossary"/>. Each case is Dutch text with the expected terms
/// marked "{surface|entry-id}"; the marks are removed to give the input, and their positions give the spans.
/// </summary>
public partial class TermRecognizerCases
{
    private static readonly TermRecognizer Recognizer = new(TestGlossary.Entries);

    public static TheoryData<string> Cases => new()
    {
        // Acronyms and their false friends.
        "De {NAVO|navo} komt in juni bijeen.",
        "Nederland is lid van de {NAVO|navo}.",
        "Wij moeten dat voorbeeld navolgen.",
        "Een navo met kleine letters is geen acroniem.",
        "De Nato heet in Nederland {NAVO|navo}; Nato telt niet.",
        "De {RBZ|rbz} van maandag besprak {Oekraïne|oekraine}.",
        "De {NAR|nar} besloot unaniem.",
        "De {HV|hoge-vertegenwoordiger} sprak de {Raad|raad} toe.",
        "De hvac-installatie van het gebouw is vernieuwd.",
        "De {OVSE|ovse} zendt waarnemers.",
        "Ovsen is geen woord, en ovse evenmin.",
        "De ambities van NAVO2030 blijven staan.",
        "De {NAVO|navo}’s rol groeit; ook de {NAVO|navo}'s partners groeien.",
        "Het {EU|eu}-voorzitterschap begint in januari.",

        // Hyphenated compounds and whole-compound names.
        "De {EU|eu}-{top|top} in Brussel.",
        "Alle {NAVO|navo}-{bondgenoten|bondgenoot} waren aanwezig.",
        "Het {NAVO|navo}-{verdragsgebied|verdragsgebied} omvat Noord-Amerika.",
        "Dit geldt voor alle {EU|eu}-{lidstaten|lidstaat}.",
        "De relatie {NAVO|navo}-Rusland verslechterde.",
        "De {NAVO|navo}-{EU|eu}-samenwerking groeit.",
        "Steun aan {Oekraïne|oekraine} en de {Oekraïne|oekraine}-{top|top}.",
        "Het bondgenootschap is sterk.",
        "De topconferentie werd uitgesteld.",

        // Closed compounds: allowed for "sanctie" and "verdrag", not for others.
        "Het {sanctie|sanctie}pakket is aangenomen.",
        "De {sanctie|sanctie}pakketten volgen elkaar op.",
        "Het {EU|eu}-{sanctie|sanctie}pakket is het elfde.",
        "Nieuwe wapen{sancties|sanctie} tegen Rusland.",
        "Een {sanctie|sanctie}systeem is nodig.",
        "Alle {verdrag|verdrag}spartijen tekenden.",
        "De oostflankstaten zijn bezorgd.",
        "De Raadsvergadering is uitgesteld.",
        "Hij gaf goede raad aan de ministerraad.",

        // Inflections.
        "Onze {bondgenoot|bondgenoot} Duitsland steunt dit.",
        "Overleg met de {bondgenoten|bondgenoot} volgt.",
        "{Bondgenoten|bondgenoot} steunen {Oekraïne|oekraine}.",
        "De {geannoteerde agenda's|geannoteerde-agenda} zijn verstuurd.",
        "De {geannoteerde agenda’s|geannoteerde-agenda} zijn verstuurd.",
        "De {Geannoteerde Agenda|geannoteerde-agenda} voor de {RBZ|rbz}.",
        "De Kamer nam twee {moties|motie} aan.",
        "De {motie|motie} van het lid Brekelmans.",
        "{Sancties|sanctie} werken op termijn.",
        "Alle {ministers|minister} waren er.",
        "Twee {toezeggingen|toezegging} staan open.",
        "De {besluiten|besluit} zijn genomen.",
        "De {militaire|militair} steun loopt door; {militairen|militair} zijn getraind.",
        "Het {schriftelijk overleg|schriftelijk-overleg} is gepland; schriftelijke overleggen niet.",
        "Twee Europese Raden per jaar.",
        "Zie de {Kamerbrieven|kamerbrief} van mei.",
        "De {lidstaten|lidstaat} en de {vertegenwoordigers|vertegenwoordiger} stemden in.",

        // Overlaps: the longest match wins.
        "De {Raad Buitenlandse Zaken|rbz} besloot tot {sancties|sanctie}.",
        "De {Raad|raad} besloot anders.",
        "De {Hoge Vertegenwoordiger|hoge-vertegenwoordiger} en een {vertegenwoordiger|vertegenwoordiger}.",
        "De {Noord-Atlantische Raad|nar} en de {Raad|raad}.",
        "De {Europese Raad|europese-raad} is niet de {Raad van Europa|raad-van-europa}.",
        "De {secretaris-generaal|secretaris-generaal} van de {NAVO|navo} en de {Secretaris-Generaal|secretaris-generaal}.",
        "De {Tweede Kamer|tweede-kamer} en de {staatssecretaris|staatssecretaris}.",

        // Whitespace inside multi-word forms.
        "De {Raad  Buitenlandse   Zaken|rbz} komt bijeen.",
        "De {Hoge\u00A0Vertegenwoordiger|hoge-vertegenwoordiger} reisde af.",
        "De {geannoteerde \t agenda's|geannoteerde-agenda} volgt.",
        "De {Raad\nBuitenlandse Zaken|rbz} van april.",

        // Punctuation around terms.
        "In de {Raad Buitenlandse Zaken|rbz} ({RBZ|rbz}) is gesproken.",
        "\"{NAVO|navo}\", zei hij.",
        "Waarom de {NAVO|navo}? Daarom.",
        "Samenwerking {NAVO|navo}/{EU|eu} is goed.",
        "",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises_exactly_the_marked_terms(string annotated)
    {
        var (text, expected) = Parse(annotated);

        var actual = Recognizer.Recognize(text).Select(s => $"{text.Substring(s.Start, s.Length)}|{s.Entry}@{s.Start}").ToArray();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_table_has_enough_cases() => Assert.True(Cases.Count >= 55);

    [Theory]
    [InlineData("De NAVO-top in Vilnius.", "NAVO-top|navo-top@3", "NAVO|navo@3", "top|top@8")]
    [InlineData("De NAVO-Rusland Raad vergaderde.", "NAVO-Rusland Raad|navo-rusland-raad@3", "NAVO|navo@3")]
    [InlineData("De NAVO-Rusland-Raad vergaderde opnieuw.", "NAVO-Rusland-Raad|navo-rusland-raad@3", "NAVO|navo@3")]
    public void The_parts_of_a_hyphenated_compound_matched_whole_are_reported_inside_it(string text, params string[] expected)
    {
        var actual = Recognizer.Recognize(text).Select(s => $"{text.Substring(s.Start, s.Length)}|{s.Entry}@{s.Start}").ToArray();

        Assert.Equal(expected, actual);
    }

    private static (string Text, string[] Spans) Parse(string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var spans = new List<string>();
        var copied = 0;
        foreach (Match mark in Mark().Matches(annotated))
        {
            text.Append(annotated, copied, mark.Index - copied);
            spans.Add($"{mark.Groups[1].Value}|{mark.Groups[2].Value}@{text.Length}");
            text.Append(mark.Groups[1].Value);
            copied = mark.Index + mark.Length;
        }

        text.Append(annotated, copied, annotated.Length - copied);
        return (text.ToString(), spans.ToArray());
    }

    [GeneratedRegex(@"\{([^|}]+)\|([^}]+)\}")]
    private static partial Regex Mark();
}
