using Publish.Segmentation;

namespace Publish.Tests.Segmentation;

public sealed class DutchSentenceSplitterTests
{
    private static readonly DutchSentenceSplitter Splitter = new();

    private static string[] Sentences(string text) =>
        [.. Splitter.Split(text).Select(r => text.Substring(r.Start, r.Length))];

    [Theory]
    [MemberData(nameof(DutchSegmentationCases.All), MemberType = typeof(DutchSegmentationCases))]
    public void Dutch_text_splits_into_the_expected_sentences(string expected)
    {
        var sentences = expected.Split(" | ");

        Assert.Equal(sentences, Sentences(string.Join(' ', sentences)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    public void Blank_text_gives_no_sentences(string text) => Assert.Empty(Splitter.Split(text));

    [Fact]
    public void Ranges_are_trimmed_of_surrounding_white_space()
    {
        const string text = "  Het kabinet zet in op de-escalatie.   De Kamer steunt dat.  ";

        Assert.Equal(
            [new TextRange(2, 35), new TextRange(40, 20)],
            Splitter.Split(text));
    }

    [Fact]
    public void A_blank_line_inside_a_block_ends_a_segment_even_without_punctuation()
    {
        Assert.Equal(["Kernwapens", "Op verzoek van uw Kamer."], Sentences("Kernwapens\n\nOp verzoek van uw Kamer."));
    }

    [Fact]
    public void A_single_line_break_is_white_space_within_a_sentence()
    {
        Assert.Equal(
            ["De ministers waren\nwederom eensgezind.", "Het doel blijft."],
            Sentences("De ministers waren\nwederom eensgezind.\nHet doel blijft."));
    }

    [Fact]
    public void Several_spaces_after_a_sentence_end_still_break()
    {
        Assert.Equal(
            ["Toezeggingen tijdens commissiedebat NAVO FMM van 22 maart jl.", "Kernwapens"],
            Sentences("Toezeggingen tijdens commissiedebat NAVO FMM van 22 maart jl.   Kernwapens"));
    }

    [Fact]
    public void The_dutch_rules_load_from_the_embedded_resource()
    {
        var rules = DutchSentenceSplitter.LoadRules();

        Assert.True(rules.Cascade);
        Assert.NotEmpty(rules.RulesFor("nl"));
        Assert.NotEmpty(rules.RulesFor("nl-NL"));
        Assert.Empty(rules.RulesFor("en"));
    }
}
