using System.Diagnostics;
using Publish.Ingest.Lexicon;
using Xunit.Abstractions;

namespace Publish.Tests.Dehyphenation;

public sealed class DutchLexiconTests(ITestOutputHelper output)
{
    private static DutchLexicon Lexicon => DutchLexicon.Instance;

    [Fact]
    public void The_embedded_list_loads_with_hundreds_of_thousands_of_words()
    {
        var stopwatch = Stopwatch.StartNew();
        int count = Lexicon.WordCount;
        output.WriteLine($"{count} words, {Lexicon.ProperNounCount} proper nouns, first use took {stopwatch.ElapsedMilliseconds} ms");

        Assert.InRange(count, 300_000, 400_000);
    }

    [Theory]
    [InlineData("verdediging")]
    [InlineData("Mogelijkheden")]
    [InlineData("BESPREKINGEN")]
    [InlineData("militaire")]
    [InlineData("de-escalatie")]
    [InlineData("niet-militaire")]
    [InlineData("coördinatie")]
    [InlineData("mogelĳkheden")]
    [InlineData("cao’s")]
    public void Full_forms_are_found_in_any_case_and_spelling_of_ij(string word) =>
        Assert.True(Lexicon.Contains(word));

    [Theory]
    [InlineData("veiligheidssector")]
    [InlineData("verdragsgebied")]
    [InlineData("gasrichtlijn")]
    [InlineData("milieuverslechtering")]
    [InlineData("toezichtvertrouwelijke")]
    [InlineData("defensiesamenwerking")]
    [InlineData("sanctiecriteria")]
    [InlineData("kinderbescherming")]
    [InlineData("arbeidsongeschiktheidsbeoordeling")]
    [InlineData("NAVO-verdragsgebied")]
    public void Compounds_of_lexicon_words_are_accepted(string word) =>
        Assert.True(Lexicon.IsWordOrCompound(word));

    [Theory]
    [InlineData("xkqzvbtrw")]
    [InlineData("verdedigingxq")]
    [InlineData("qqqveiligheid")]
    [InlineData("yamalleiding")]
    [InlineData("zzgasrichtlijnzz")]
    [InlineData("")]
    [InlineData("-")]
    public void Random_junk_is_rejected(string word) =>
        Assert.False(Lexicon.IsWordOrCompound(word));

    [Fact]
    public void Names_are_known_as_proper_nouns_and_common_words_are_not()
    {
        Assert.True(Lexicon.IsProperNoun("Oekraïne"));
        Assert.False(Lexicon.IsProperNoun("regenboog"));
    }

    [Fact]
    public void Concurrent_first_use_loads_one_shared_instance()
    {
        var instances = new DutchLexicon[8];
        Parallel.For(0, instances.Length, i => instances[i] = DutchLexicon.Instance);

        Assert.All(instances, instance => Assert.Same(instances[0], instance));
    }
}
