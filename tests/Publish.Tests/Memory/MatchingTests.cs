using Publish.Memory;

namespace Publish.Tests.Memory;

public sealed class MatchingTests : IDisposable
{
    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    [Fact]
    public void Exact_match_ignores_spacing_and_quote_style_but_not_case()
    {
        tm.Add("De minister noemt dit „onaanvaardbaar”.", "The minister calls this 'unacceptable'.");

        var match = Assert.Single(tm.Lookup.Lookup("De  minister noemt dit \"onaanvaardbaar\". "));
        Assert.Equal((100, MatchKind.Exact, "100"), (match.Score, match.Kind, match.Band));

        var lowerCase = Assert.Single(tm.Lookup.Lookup("de minister noemt dit \"onaanvaardbaar\"."));
        Assert.Equal((99, MatchKind.Fuzzy), (lowerCase.Score, lowerCase.Kind));
    }

    [Fact]
    public void Same_neighbours_give_101_and_other_neighbours_100()
    {
        tm.Memory.AddOrUpdate([new TranslationUnit("Dat is juist.", "That is correct.").WithContext("Vraag 2.", "Vraag 3.")]);

        var inContext = Assert.Single(tm.Lookup.Lookup("Dat is juist.", "Vraag 2.", "Vraag 3."));
        Assert.Equal((101, MatchKind.InContext, "101"), (inContext.Score, inContext.Kind, inContext.Band));

        var otherContext = Assert.Single(tm.Lookup.Lookup("Dat is juist.", "Vraag 7.", "Vraag 8."));
        Assert.Equal((100, MatchKind.Exact), (otherContext.Score, otherContext.Kind));
    }

    [Fact]
    public void One_word_substituted_in_ten_tokens_scores_90_with_a_word_diff()
    {
        tm.Add("De minister stuurt de brief morgen naar de Kamer.", "The minister will send the letter to the House tomorrow.");

        var match = Assert.Single(tm.Lookup.Lookup("De minister stuurt de brief vandaag naar de Kamer."));

        Assert.Equal((90, MatchKind.Fuzzy, "85–94"), (match.Score, match.Kind, match.Band));
        Assert.Equal("De minister stuurt de brief [-morgen-] {+vandaag+} naar de Kamer .", WordDiff.Render(match.Diff));
    }

    [Fact]
    public void A_different_date_only_is_repaired_with_the_new_english_date_at_99()
    {
        tm.Add("Het debat vond plaats op 4 maart 2022.", "The debate took place on 4 March 2022.");

        var match = Assert.Single(tm.Lookup.Lookup("Het debat vond plaats op 12 mei 2023."));

        Assert.Equal((99, MatchKind.Repaired, "95–99"), (match.Score, match.Kind, match.Band));
        Assert.Equal("The debate took place on 12 May 2023.", match.Target);
        Assert.Equal("The debate took place on 4 March 2022.", match.Unit.Target);
    }

    [Fact]
    public void Two_different_placeables_are_both_repaired_at_98()
    {
        tm.Add("Er zijn 1.000 aanvragen ingediend, 20% meer dan vorig jaar.", "1,000 applications were submitted, 20% more than last year.");

        var match = Assert.Single(tm.Lookup.Lookup("Er zijn 2.500 aanvragen ingediend, 35% meer dan vorig jaar."));

        Assert.Equal((98, MatchKind.Repaired), (match.Score, match.Kind));
        Assert.Equal("2,500 applications were submitted, 35% more than last year.", match.Target);
    }

    [Fact]
    public void A_placeable_whose_rendering_is_not_in_the_target_is_not_repaired()
    {
        tm.Add("Zie Kamerstuk 28 676, nr. 400.", "See parliamentary paper.");

        var match = Assert.Single(tm.Lookup.Lookup("Zie Kamerstuk 28 676, nr. 401."));

        Assert.Equal(MatchKind.Fuzzy, match.Kind);
        Assert.Equal("See parliamentary paper.", match.Target);
    }

    [Fact]
    public void Fuzzy_score_subtracts_one_per_differing_placeable()
    {
        // 8 tokens, 2 substitutions: round(100 × (1 − 2/8)) = 75; the date differs too: 75 − 1 = 74.
        tm.Add("Op 4 maart 2022 stuurde de minister een brief.", "On 4 March 2022 the minister sent a letter.");

        Assert.Empty(tm.Lookup.Lookup("Op 5 maart 2022 stuurde de minister twee brieven."));
        var match = Assert.Single(tm.Lookup.Lookup("Op 5 maart 2022 stuurde de minister twee brieven.", minimumScore: 50));
        Assert.Equal((74, "50–74"), (match.Score, match.Band));
    }

    [Fact]
    public void Matches_are_ordered_best_first_and_below_the_minimum_left_out()
    {
        tm.Add("Het kabinet deelt de zorgen van de leden.", "The government shares the members' concerns.");
        tm.Add("Het kabinet deelt de zorgen van de leden niet.", "The government does not share the members' concerns.");
        tm.Add("Volkomen andere zin over iets anders.", "A completely different sentence.");

        var matches = tm.Lookup.Lookup("Het kabinet deelt de zorgen van de leden.");

        Assert.Equal([100, 90], matches.Select(m => m.Score));
    }

    [Fact]
    public void Updating_a_unit_keeps_the_earlier_target_in_its_history()
    {
        tm.Add("Dank u wel.", "Thank you very much.");
        tm.Add("Dank u wel.", "Thank you.");

        var unit = Assert.Single(tm.Memory.EnumerateUnits());
        Assert.Equal("Thank you.", unit.Target);
        Assert.Equal("Thank you very much.", Assert.Single(tm.Memory.History(unit.Id)).Target);
        Assert.Equal(1, tm.Memory.Statistics().HistoryEntries);
    }

    [Fact]
    public void Concordance_finds_a_phrase_in_source_or_target_and_marks_it()
    {
        tm.Add("De Tweede Kamer heeft de motie aangenomen.", "The House of Representatives adopted the motion.");
        tm.Add("De motie is verworpen.", "The motion was rejected.");

        var hits = tm.Memory.Concordance("motie aangenomen", 10);
        var hit = Assert.Single(hits);
        Assert.Equal("De Tweede Kamer heeft de ⟦motie aangenomen⟧.", hit.HighlightedSource);

        Assert.Equal(2, tm.Memory.Concordance("motion", 10).Count);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("motie\" OR \"")]
    [InlineData("NEAR(motie aangenomen)")]
    [InlineData("...")]
    public void Concordance_treats_fts_syntax_in_the_phrase_as_text(string phrase)
    {
        tm.Add("De motie is aangenomen.", "The motion was adopted.");

        Assert.Empty(tm.Memory.Concordance(phrase, 10));
    }

    [Theory]
    [InlineData(101, "101")]
    [InlineData(100, "100")]
    [InlineData(95, "95–99")]
    [InlineData(94, "85–94")]
    [InlineData(75, "75–84")]
    [InlineData(50, "50–74")]
    [InlineData(49, "<50")]
    public void Scores_fall_into_the_issue_bands(int score, string band) => Assert.Equal(band, MatchBands.Of(score));
}
