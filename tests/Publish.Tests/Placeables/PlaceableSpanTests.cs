using Publish.Documents;
using Publish.Segmentation.Placeables;
using Publish.Testing;

namespace Publish.Tests.Placeables;

/// <summary>
/// The span path (<see cref="PlaceableRecognizer.RecognizeSpans"/>, what the TM tokenizer stores for a million units)
/// must find exactly the placeables that the full recogniser finds, or stored tokens and query tokens would differ.
/// </summary>
public sealed class PlaceableSpanTests
{
    private static readonly PlaceableRecognizer Recognizer = new();

    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(Path.Combine(Publish.Tests.Samples.Root, "samples"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Spans_equal_the_full_recognition_on_every_line_of_a_sample(string sample)
    {
        var lines = File.ReadAllLines(Path.Combine(Publish.Tests.Samples.Root, "samples", sample));
        var joined = string.Join(' ', lines.Select(line => line.Trim()));
        foreach (var text in lines.Append(joined))
        {
            Assert.Equal(FullSpans(text), Spans(text));
        }
    }

    [Fact]
    public void Spans_equal_the_full_recognition_on_generated_sentences_and_their_variants()
    {
        var units = new SyntheticDutchCorpus(seed: 17).Units(5_000);
        var withPlaceables = 0;
        foreach (var unit in units)
        {
            var full = FullSpans(unit.Source);
            Assert.Equal(full, Spans(unit.Source));
            withPlaceables += full.Length > 0 ? 1 : 0;
        }

        // The comparison means something only if the corpus is full of dates, numbers and references.
        Assert.True(withPlaceables > units.Count / 2, $"{withPlaceables} of {units.Count} sentences have placeables");
    }

    [Theory]
    [InlineData("Het dossiernummer 1234567890123456789012345678901234567890 is gesloten.")]
    [InlineData("Een bedrag van EUR 99999999999999999999999999999999 miljoen is onjuist.")]
    [InlineData("Een groei van 123456789012345678901234567890123,5 procent.")]
    public void A_numeral_too_long_for_a_quantity_is_copied_as_text_and_does_not_fail(string sentence)
    {
        Assert.Empty(Recognizer.Recognize(sentence));
        Assert.Empty(Spans(sentence));
    }

    private static PlaceableSpan[] FullSpans(string text) =>
        [.. Recognizer.Recognize(text).Select(PlaceableSpan.Of)];

    private static PlaceableSpan[] Spans(string text)
    {
        var spans = new List<PlaceableSpan>();
        Recognizer.RecognizeSpans(text, spans);
        return [.. spans];
    }
}
