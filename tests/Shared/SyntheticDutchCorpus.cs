using System.Globalization;
using Publish.Memory;

namespace Publish.Testing;

/// <summary>
/// Generated parliamentary-style Dutch sentences with English-looking targets, and near-duplicate variants
/// (a word substituted, inserted or dropped, a date or number changed), as translators meet them in
/// successive letters. Deterministic for a seed. Used by the recall test and the memory benchmarks.
/// </summary>
internal sealed class SyntheticDutchCorpus(int seed)
{
    private static readonly string[] Subjects =
    [
        "Het kabinet", "De minister", "De staatssecretaris", "De Tweede Kamer", "De commissie", "Het ministerie",
        "De regering", "De Europese Commissie", "De gemeente", "De toezichthouder", "Het college", "De Raad van State",
        "De inspectie", "Het parlement", "De werkgroep", "De ambassade",
    ];

    private static readonly string[] Verbs =
    [
        "stuurt", "bespreekt", "onderzoekt", "steunt", "beoordeelt", "verlengt", "publiceert", "wijzigt", "evalueert",
        "ontvangt", "bevestigt", "herziet", "financiert", "verwerpt", "volgt", "presenteert",
    ];

    private static readonly string[] Objects =
    [
        "de brief over de stikstofaanpak", "het voorstel voor de begroting", "de motie over de woningbouw",
        "het rapport van de inspectie", "de evaluatie van de wet", "de plannen voor de energietransitie",
        "de subsidieregeling voor ondernemers", "de afspraken met de provincies", "de uitvoering van het beleid",
        "de resultaten van het onderzoek", "de aanbevelingen van de commissie", "het advies van de Raad van State",
        "de gevolgen voor de arbeidsmarkt", "de maatregelen tegen armoede", "de samenwerking met Duitsland",
        "de inzet van de krijgsmacht", "de kosten van de zorg", "het wetsvoorstel over privacy",
        "de verdeling van de middelen", "de toekomst van het onderwijs",
    ];

    private static readonly string[] Adjuncts =
    [
        "voor het zomerreces", "na overleg met de sector", "zo spoedig mogelijk", "in de komende maanden",
        "op verzoek van de Kamer", "met grote zorg", "zonder verdere vertraging", "in nauwe samenwerking met de gemeenten",
        "binnen de bestaande kaders", "aan het einde van dit jaar", "naar aanleiding van de vragen", "volgens de planning",
    ];

    private static readonly string[] Fillers = ["ook", "nogmaals", "uitdrukkelijk", "opnieuw", "tevens", "daarom", "inmiddels", "nu"];

    private static readonly string[] Months = ["januari", "maart", "april", "mei", "juni", "september", "oktober", "december"];

    private readonly Random random = new(seed);

    /// <summary>A fresh sentence: subject, verb, object, usually an adjunct, sometimes a date or number.</summary>
    public string Sentence()
    {
        var words = new List<string> { Pick(Subjects), Pick(Verbs), Pick(Objects) };
        if (random.Next(4) > 0)
        {
            words.Add(Pick(Adjuncts));
        }

        switch (random.Next(4))
        {
            case 0:
                words.Add(string.Create(CultureInfo.InvariantCulture, $"op {random.Next(1, 29)} {Pick(Months)} {random.Next(2015, 2026)}"));
                break;
            case 1:
                words.Add(string.Create(CultureInfo.InvariantCulture, $"voor {random.Next(2, 900)} miljoen euro"));
                break;
            case 2:
                words.Add(string.Create(CultureInfo.InvariantCulture, $"(Kamerstuk {random.Next(21, 36)} {random.Next(100, 999)}, nr. {random.Next(1, 400)})"));
                break;
        }

        return string.Join(' ', words) + ".";
    }

    /// <summary>The sentence with one to three words changed, or a number changed, as a later letter would.</summary>
    public string Variant(string sentence)
    {
        var words = sentence.TrimEnd('.').Split(' ').ToList();
        var edits = random.Next(1, 4);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(words.Count);
            switch (random.Next(4))
            {
                case 0 when words.Count > 4:
                    words.RemoveAt(at);
                    break;
                case 1:
                    words.Insert(at, Pick(Fillers));
                    break;
                case 2 when words[at].Length > 0 && char.IsAsciiDigit(words[at][0]):
                    words[at] = random.Next(1, 28).ToString(CultureInfo.InvariantCulture);
                    break;
                default:
                    words[at] = Pick(Fillers);
                    break;
            }
        }

        return string.Join(' ', words) + ".";
    }

    /// <summary>A stand-in English target: good enough for storage and export, not a translation.</summary>
    public static string Target(string source) => "EN: " + source;

    /// <summary>
    /// <paramref name="count"/> units: about a third fresh sentences, the rest variants of earlier ones.
    /// </summary>
    public List<TranslationUnit> Units(int count)
    {
        var sources = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (sources.Count < count)
        {
            var source = sources.Count > 0 && random.Next(3) > 0 ? Variant(sources[random.Next(sources.Count)]) : Sentence();
            if (seen.Add(source))
            {
                sources.Add(source);
            }
        }

        var changed = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return sources.Select((source, i) => new TranslationUnit(source, Target(source))
        {
            DocumentId = "doc-" + (i / 40).ToString(CultureInfo.InvariantCulture),
            Creator = "generator",
            Created = changed.AddMinutes(i),
            Changed = changed.AddMinutes(i),
        }).ToList();
    }

    private string Pick(string[] options) => options[random.Next(options.Length)];
}
