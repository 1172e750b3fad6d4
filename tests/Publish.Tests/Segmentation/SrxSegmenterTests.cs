using Publish.Segmentation;
using static Publish.Tests.Segmentation.SrxTestFiles;

namespace Publish.Tests.Segmentation;

public sealed class SrxSegmenterTests
{
    private const string Text = "Dhr. Jansen kwam. Hij zat.";

    private static SrxDocument DutchAndDefault(bool cascade) => Parse(Srx(
        cascade,
        $"""
        <languagerule languagerulename="Dutch">{Rule(false, @"\bDhr\.", @"\s")}</languagerule>
        <languagerule languagerulename="Default">{Rule(true, @"[.?!]", @"\s")}</languagerule>
        """,
        """
        <languagemap languagepattern="[Nn][Ll].*" languagerulename="Dutch"/>
        <languagemap languagepattern=".*" languagerulename="Default"/>
        """));

    [Fact]
    public void With_cascade_the_rules_of_every_matching_map_apply_in_order()
    {
        var segmenter = new SrxSegmenter(DutchAndDefault(cascade: true), "nl-NL");

        Assert.Equal(["Dhr. Jansen kwam.", "Hij zat."], Segments(segmenter, Text));
    }

    [Fact]
    public void Without_cascade_only_the_first_matching_map_applies()
    {
        var segmenter = new SrxSegmenter(DutchAndDefault(cascade: false), "nl-NL");

        Assert.Equal([Text], Segments(segmenter, Text));
    }

    [Fact]
    public void A_language_that_only_the_catch_all_map_matches_gets_the_default_rules()
    {
        var segmenter = new SrxSegmenter(DutchAndDefault(cascade: true), "en");

        Assert.Equal(["Dhr.", "Jansen kwam.", "Hij zat."], Segments(segmenter, Text));
    }

    [Fact]
    public void A_no_break_rule_before_a_break_rule_overrides_it()
    {
        var segmenter = new SrxSegmenter([new SrxRule(false, @"\bDhr\.", @"\s"), new SrxRule(true, @"\.", @"\s")]);

        Assert.Equal([4 + 13], segmenter.FindBreaks(Text));
    }

    [Fact]
    public void A_no_break_rule_after_a_break_rule_does_not_override_it()
    {
        var segmenter = new SrxSegmenter([new SrxRule(true, @"\.", @"\s"), new SrxRule(false, @"\bDhr\.", @"\s")]);

        Assert.Equal([4, 17], segmenter.FindBreaks(Text));
    }

    [Fact]
    public void The_earliest_break_rule_at_a_position_decides_against_no_break_rules_between()
    {
        var segmenter = new SrxSegmenter(
        [
            new SrxRule(true, @"Dhr\.", @"\s"),
            new SrxRule(false, @"\bDhr\.", @"\s"),
            new SrxRule(true, @"\.", @"\s"),
        ]);

        Assert.Equal([4, 17], segmenter.FindBreaks(Text));
    }

    [Fact]
    public void Rules_with_backreferences_still_work_beside_merged_rules()
    {
        var segmenter = new SrxSegmenter(
        [
            new SrxRule(false, @"\.", @"\s(\w)\1"),
            new SrxRule(false, @"\bDhr\.", @"\s"),
            new SrxRule(true, @"\.", @"\s"),
        ]);

        Assert.Equal(["Dhr. Jansen kwam. AA zat.", "Zo."], Segments(segmenter, "Dhr. Jansen kwam. AA zat. Zo."));
    }

    [Fact]
    public void Empty_patterns_match_everywhere()
    {
        var segmenter = new SrxSegmenter([new SrxRule(true, "", "")]);

        Assert.Equal([1, 2], segmenter.FindBreaks("abc"));
    }

    [Fact]
    public void No_rules_give_the_whole_text_as_one_segment()
    {
        var segmenter = new SrxSegmenter([]);

        Assert.Equal([new TextRange(1, 5)], segmenter.Split(" Text. "));
    }
}
