using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Segmentation.Placeables;

namespace Publish.Tests.Placeables;

/// <summary>
/// Runs the recogniser over every paragraph of the sample documents. The raw files are line-wrapped PDF
/// extractions, so each paragraph's lines are joined with one space first; references split over two
/// lines ("Kamerstukken 29023-" / "276") then read as the joined text does.
/// </summary>
public partial class PlaceableRecognizerSampleTests
{
    private static readonly PlaceableRecognizer Recognizer = new();

    public static TheoryData<string, string[], string[]> SampleReferences => new()
    {
        {
            "000_2b6b90faf971b57b.txt",
            ["Kamerstuk 35 925 V, nr. 75", "Kamerstuk 36 045, nr. 3", "Kamerstuk 21 501-02, nr. 2368"],
            []
        },
        {
            "001_ad27431226c080b3.txt",
            [
                "Kamerstuk 21 501-02 nr. 2433", "Kamerstukken 29023- 276", "33783-48/2021D50613",
                "Kamerstuk 21501-28-229", "Kamerstuknummer 21501-28-229", "28676-382",
            ],
            ["2021Z20741", "2022Z00085"]
        },
        {
            "002_339d04086ffbbeaa.txt",
            ["Kamerstuk 28676 nr. 350"],
            []
        },
        {
            "003_0bb470375661083a.txt",
            [
                "Kamerstuk 28 676, nr. 394", "Kamerstuk 21 501-20, nr. 1796", "Kamerstuk 36 045, nr. 44",
                "Kamerstuk 21 501-20, nr. 1763", "Kamerstuk 35 925 V, nr. 14", "Kamerstuk 21 501-20, nr. 1796",
                "Kamerstukken 28 676 en 36 045, nr. 395", "Kamerstuk 21 501-28, nr. 234", "Kamerstuk 36 045, nr. 35",
                "Kamerstuk 21 501-28, nr. 240", "28 676, nr. 396",
            ],
            []
        },
        {
            "004_938116419a6a225b.txt",
            [
                "Kamerstuk 28 676, nr. 430", "Kamerstuk 28 676, nr. 365", "Kamerstuk 36 200 V, nr. 73",
                "Motie 28 676, nr. 365", "Kamerstuk 28 676, nr. 365",
            ],
            []
        },
    };

    [Theory]
    [MemberData(nameof(SampleReferences))]
    public void Every_Kamerstuk_reference_in_a_sample_is_found_and_nothing_else_is_taken_for_one(
        string sample, string[] kamerstukken, string[] registrationNumbers)
    {
        var placeables = JoinedParagraphs(sample).SelectMany(Recognizer.Recognize).ToList();

        Assert.Equal(Sorted(kamerstukken), Sorted(TextsOf(placeables, PlaceableKind.Kamerstuk)));
        Assert.Equal(Sorted(registrationNumbers), Sorted(TextsOf(placeables, PlaceableKind.Reference)));
    }

    [Theory]
    [MemberData(nameof(SampleReferences))]
    public void Every_recognised_placeable_in_a_sample_has_an_English_rendering(
        string sample, string[] kamerstukken, string[] registrationNumbers)
    {
        _ = (kamerstukken, registrationNumbers);
        foreach (var paragraph in JoinedParagraphs(sample))
        {
            foreach (var placeable in Recognizer.Recognize(paragraph))
            {
                Assert.False(string.IsNullOrWhiteSpace(placeable.Target), $"{placeable.Kind} '{placeable.Text}' has no target");
                Assert.Equal(placeable.Text, paragraph.Substring(placeable.Start, placeable.Length));
            }
        }
    }

    private static string[] TextsOf(IEnumerable<Placeable> placeables, PlaceableKind kind) =>
        placeables.Where(p => p.Kind == kind).Select(p => p.Text).ToArray();

    private static string[] Sorted(IEnumerable<string> texts) => texts.Order(StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> JoinedParagraphs(string sample)
    {
        var raw = File.ReadAllText(Path.Combine(Samples.Root, "samples", sample));
        foreach (var paragraph in BlankLines().Split(raw))
        {
            var joined = string.Join(' ', paragraph.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
            if (joined.Length > 0)
            {
                yield return joined;
            }
        }
    }

    [GeneratedRegex(@"\r?\n[ \t]*\r?\n")]
    private static partial Regex BlankLines();
}
