using Publish.Segmentation;
using static Publish.Tests.Segmentation.SrxTestFiles;

namespace Publish.Tests.Segmentation;

public sealed class SrxDocumentTests
{
    private static readonly string OkapiDefault =
        InRepository("tests/Publish.Tests/Segmentation/okapi-defaultSegmentation.srx");

    [Fact]
    public void The_okapi_default_file_loads_with_its_header_rules_and_maps()
    {
        var srx = SrxDocument.Load(OkapiDefault);

        Assert.True(srx.SegmentSubflows);
        Assert.False(srx.Cascade);
        Assert.Equal(["Default", "Khmer", "Thai"], srx.LanguageRules.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Thai", "Khmer", "Default"], srx.LanguageMaps.Select(m => m.LanguageRuleName));
        Assert.Equal(8, srx.LanguageRules["Default"].Rules.Count);
        Assert.False(srx.LanguageRules["Default"].Rules[0].IsBreak);
    }

    [Fact]
    public void The_okapi_default_file_segments_english()
    {
        var segmenter = new SrxSegmenter(SrxDocument.Load(OkapiDefault), "en");

        Assert.Equal(
            ["Mr. Holmes is from the U.K. not the U.S.", "Is Dr. Watson from there too?", "Yes: both are."],
            Segments(segmenter, "Mr. Holmes is from the U.K. not the U.S. Is Dr. Watson from there too? Yes: both are."));
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_refused()
    {
        const string hostile = """
            <?xml version="1.0"?>
            <!DOCTYPE srx [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <srx version="2.0"><header segmentsubflows="yes" cascade="no"/><body>&xxe;</body></srx>
            """;

        var ex = Assert.Throws<PublishInputException>(() => Parse(hostile));

        Assert.Equal("test.srx", ex.File);
        Assert.Equal(2, ex.Line);
        Assert.Contains("DOCTYPE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_refused_with_its_line_number()
    {
        var xml = Srx(false, "<languagerule languagerulename=\"X\"><rule></languagerule>", "");

        var ex = Assert.Throws<PublishInputException>(() => Parse(xml));

        Assert.Equal(5, ex.Line);
        Assert.StartsWith("malformed SRX XML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_to_an_unknown_language_rule_is_refused()
    {
        var xml = Srx(false, "", "<languagemap languagepattern=\".*\" languagerulename=\"Missing\"/>");

        var ex = Assert.Throws<PublishInputException>(() => Parse(xml));

        Assert.Contains("Missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_regular_expression_is_refused_with_the_rule_line()
    {
        var xml = Srx(false, $"<languagerule languagerulename=\"X\">{Rule(true, "a++", "")}</languagerule>", "");

        var ex = Assert.Throws<PublishInputException>(() => Parse(xml));

        Assert.Equal(5, ex.Line);
        Assert.Contains("possessive", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_backreference_in_beforebreak_is_refused()
    {
        var xml = Srx(false, $"<languagerule languagerulename=\"X\">{Rule(false, @"(\w)\1\.", @"\s")}</languagerule>", "");

        var ex = Assert.Throws<PublishInputException>(() => Parse(xml));

        Assert.Contains("backreference", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_srx_2_is_refused()
    {
        var ex = Assert.Throws<PublishInputException>(() => Parse("<srx version=\"1.0\"/>"));

        Assert.Contains("2.0", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", true)]
    [InlineData("NL-be", true)]
    [InlineData("en", false)]
    [InlineData("xnl", false)]
    public void Language_patterns_must_match_the_whole_language_code(string code, bool matches)
    {
        var xml = Srx(
            false,
            $"<languagerule languagerulename=\"Dutch\">{Rule(true, "\\.", "\\s")}</languagerule>",
            "<languagemap languagepattern=\"[Nn][Ll](-.*)?\" languagerulename=\"Dutch\"/>");

        Assert.Equal(matches, Parse(xml).RulesFor(code).Count == 1);
    }

    [Fact]
    public void A_rule_without_a_break_attribute_is_a_break_rule()
    {
        var xml = Srx(false, "<languagerule languagerulename=\"X\"><rule><beforebreak>\\.</beforebreak></rule></languagerule>", "");

        var rule = Assert.Single(Parse(xml).LanguageRules["X"].Rules);

        Assert.True(rule.IsBreak);
        Assert.Equal("", rule.AfterBreak);
    }
}
