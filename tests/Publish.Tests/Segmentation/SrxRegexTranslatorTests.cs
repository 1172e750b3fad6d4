using Publish.Segmentation;

namespace Publish.Tests.Segmentation;

public sealed class SrxRegexTranslatorTests
{
    [Theory]
    [InlineData(@"\p{Lu}\.", @"\p{Lu}\.")]
    [InlineData(@"\Qa.b\E", @"a\u002Eb")]
    [InlineData(@"[\Q]-\E]", @"[\u005D\u002D]")]
    [InlineData(@"\x{2029}", @"\u2029")]
    [InlineData(@"\x{1F600}", @"\uD83D\uDE00")]
    [InlineData(@"\pL+", @"\p{L}+")]
    [InlineData(@"\p{Alpha}\P{Upper}", @"\p{L}\P{Lu}")]
    [InlineData(@"[\p{Punct}\h]", @"[\p{P}\t\p{Zs}]")]
    [InlineData(@"a\++", @"a\++")]
    [InlineData(@"(?i)jan\.", @"(?i)jan\.")]
    public void Icu_syntax_becomes_equivalent_dotnet_syntax(string icu, string dotnet) =>
        Assert.Equal(dotnet, SrxRegexTranslator.Translate(icu));

    [Theory]
    [InlineData("a*+")]
    [InlineData("a?+")]
    [InlineData("[a-z&&[^b]]")]
    public void Syntax_dotnet_cannot_express_is_refused(string icu) =>
        Assert.Throws<FormatException>(() => SrxRegexTranslator.Translate(icu));

    [Theory]
    [InlineData(@"(a)\1", true)]
    [InlineData(@"(?<x>a)\k<x>", true)]
    [InlineData(@"\\1", false)]
    [InlineData(@"\d\.", false)]
    public void Backreferences_are_detected(string pattern, bool expected) =>
        Assert.Equal(expected, SrxRegexTranslator.HasBackreference(pattern));
}
