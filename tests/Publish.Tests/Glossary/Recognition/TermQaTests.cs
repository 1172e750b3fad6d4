using Publish.Glossary.Recognition;

namespace Publish.Tests.Glossary.Recognition;

public class TermQaTests
{
    private static readonly TermQa Qa = new(new TermRecognizer(TestGlossary.Entries));

    [Fact]
    public void A_faithful_translation_has_no_issues() =>
        Assert.Empty(Qa.Check(
            "De NAVO-bondgenoten spraken op 4 maart 2022 over 1.000 militairen.",
            "The NATO allies spoke about 1,000 military personnel on 4 March 2022."));

    [Fact]
    public void A_term_whose_english_is_missing_is_reported_with_its_source_range()
    {
        var issue = Assert.Single(Qa.Check("De Raad Buitenlandse Zaken besloot.", "The Council for External Affairs decided."));

        Assert.Equal(TermIssueKind.MissingTerm, issue.Kind);
        Assert.Equal("rbz", issue.Entry);
        Assert.Equal(new TextRange(3, 23), issue.SourceRange);
    }

    [Theory]
    [InlineData("The Foreign Affairs Council (FAC) decided.")]
    [InlineData("The Foreign Affairs Council decided.")]
    [InlineData("The FAC decided.")]
    [InlineData("The foreign affairs council decided.")]
    public void The_name_and_abbreviation_style_is_satisfied_by_the_pair_or_either_part(string target) =>
        Assert.Empty(Qa.Check("De RBZ besloot.", target));

    [Fact]
    public void A_rendering_without_the_glossary_article_is_a_variant_to_confirm_not_a_missing_term()
    {
        var glossary = Publish.Glossary.Glossary.Load(Path.Combine(Samples.Root, "glossary"));
        var qa = new TermQa(new TermRecognizer(glossary.Entries));

        var issue = Assert.Single(qa.Check(
            "Het is aan soevereine staten zelf of zij een bondgenootschap aangaan.",
            "It is up to sovereign states themselves whether they join an alliance."));

        Assert.Equal(TermIssueKind.TermVariant, issue.Kind);
        Assert.Equal("alliance", "It is up to sovereign states themselves whether they join an alliance."[issue.TargetRange!.Value.Start..][..8]);
    }

    [Fact]
    public void A_simple_english_plural_counts_as_the_term() =>
        Assert.Empty(Qa.Check("De bondgenoten en lidstaten zijn het eens.", "The allies and member states agree."));

    [Fact]
    public void An_acronym_must_keep_its_capitals()
    {
        var issues = Qa.Check("De OVSE zendt waarnemers.", "The osce sends observers.");

        Assert.Equal("ovse", Assert.Single(issues).Entry);
    }

    [Fact]
    public void A_forbidden_rendering_is_reported_with_its_target_range()
    {
        var issues = Qa.Check("De RBZ besloot.", "The Council of Foreign Affairs (FAC) decided.");

        var forbidden = Assert.Single(issues, i => i.Kind == TermIssueKind.ForbiddenTerm);
        Assert.Equal("rbz", forbidden.Entry);
        Assert.Equal(new TextRange(4, 26), forbidden.TargetRange);
    }

    [Fact]
    public void An_untranslated_acronym_is_a_forbidden_rendering_besides_a_missing_term()
    {
        var issues = Qa.Check("De NAVO komt bijeen.", "The NAVO meets.");

        Assert.Equal([TermIssueKind.MissingTerm, TermIssueKind.ForbiddenTerm], issues.Select(i => i.Kind));
    }

    [Fact]
    public void A_forbidden_phrase_that_is_another_source_terms_english_is_allowed() =>
        Assert.Empty(Qa.Check(
            "De Europese Raad is niet de Raad van Europa.",
            "The European Council is not the Council of Europe."));

    [Fact]
    public void A_missing_number_is_reported_as_a_missing_placeable()
    {
        var issue = Assert.Single(Qa.Check("Er komen 300 militairen.", "Military personnel are coming."));

        Assert.Equal(TermIssueKind.MissingPlaceable, issue.Kind);
        Assert.Equal("300", issue.Placeable?.Text);
        Assert.Equal(new TextRange(9, 3), issue.SourceRange);
    }

    [Fact]
    public void A_changed_number_is_reported_as_missing_and_as_altered()
    {
        var issues = Qa.Check("Er komen 300 militairen.", "There will be 3000 military personnel.");

        Assert.Equal([TermIssueKind.MissingPlaceable, TermIssueKind.AlteredNumber], issues.Select(i => i.Kind));
        Assert.Equal(new TextRange(14, 4), issues[1].TargetRange);
    }

    [Fact]
    public void A_kamerstuk_reference_rendered_in_english_gives_no_issue() =>
        Assert.Empty(Qa.Check(
            "Zie Kamerstuk 28676 nr. 350 over de NAVO.",
            "See Parliamentary Paper 28 676, No. 350 on NATO."));

    [Fact]
    public void A_kamerstuk_reference_with_a_wrong_number_is_reported()
    {
        var issues = Qa.Check("Zie Kamerstuk 28676 nr. 350.", "See Parliamentary Paper 28 676, No. 305.");

        Assert.Contains(issues, i => i.Kind == TermIssueKind.MissingPlaceable && i.Placeable?.Kind == Publish.Documents.PlaceableKind.Kamerstuk);
        Assert.Contains(issues, i => i.Kind == TermIssueKind.AlteredNumber && i.Message.Contains("305", StringComparison.Ordinal));
    }

    [Fact]
    public void Terms_and_placeables_already_found_can_be_passed_in()
    {
        var recognizer = new TermRecognizer(TestGlossary.Entries);
        const string source = "De motie over sancties.";

        var issues = Qa.Check(source, "The motion on sanctions.", recognizer.Recognize(source), []);

        Assert.Empty(issues);
    }
}
