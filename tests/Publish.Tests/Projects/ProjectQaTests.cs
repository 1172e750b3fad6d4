using Publish.Documents;
using Publish.Projects;

namespace Publish.Tests.Projects;

public sealed class ProjectQaTests
{
    // b2.s3: "Finland nam als volwaardig lid van de NAVO deel aan deze bijeenkomst."
    // b2.s1: "Op 4 en 5 april 2023 kwamen de NAVO-ministers van Buitenlandse Zaken samen op het NAVO-hoofdkwartier in Brussel."
    [Theory]
    [InlineData("b2.s3", "Finland took part in this meeting as a full member of NATO.", null, null)]
    [InlineData("b2.s3", "Finland took part in this meeting as a full member of NATO", "punctuation", QaSeverity.Warning)]
    [InlineData("b2.s3", "Finland took part in this meeting as a full  member of NATO.", "double-space", QaSeverity.Warning)]
    [InlineData("b2.s3", "Finland took part in this meeting as a full member of the alliance.", "term", QaSeverity.Error)]
    [InlineData("b2.s3", "", "empty", QaSeverity.Error)]
    [InlineData("b2.s3", "Finland nam als volwaardig lid van de NAVO deel aan deze bijeenkomst.", "same-as-source", QaSeverity.Warning)]
    [InlineData("b2.s1", "On 4 and 5 April 2022 the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.", "number", QaSeverity.Error)]
    [InlineData("b2.s1", "On 4 and 5 April the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.", "placeable", QaSeverity.Error)]
    public void Each_check_reports_its_finding_on_the_segment(string segmentId, string target, string? code, QaSeverity? severity)
    {
        using var temp = new TemporaryProject();
        temp.Store.SaveTranslations([new TranslationChange(temp.DocumentId, new SegmentTranslation(segmentId, target, TranslationStatus.Translated, Origin: TranslationOrigins.Translator))]);

        var issues = new ProjectQa(temp.Store, temp.Project.LoadGlossary()).Check([temp.DocumentId]).Where(i => i.SegmentId == segmentId).ToList();

        if (code is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            Assert.Contains(issues, i => i.Code == code && i.Severity == severity);
            Assert.All(issues, i => Assert.StartsWith($"sources/{temp.DocumentId}.txt:{segmentId}: ", i.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Untranslated_segments_are_errors_and_the_same_dutch_translated_two_ways_is_flagged()
    {
        using var temp = new TemporaryProject();
        var segments = temp.Store.Segments(temp.DocumentId);
        var repeated = segments.GroupBy(s => s.SourceHash).First(g => g.Count() > 1).ToList();
        temp.Store.SaveTranslations(
        [
            new TranslationChange(temp.DocumentId, new SegmentTranslation(repeated[0].SegmentId, "Working session 1", TranslationStatus.Translated)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation(repeated[1].SegmentId, "Work session 1", TranslationStatus.Translated)),
        ]);

        var issues = new ProjectQa(temp.Store, null).Check([temp.DocumentId]);

        Assert.Equal(segments.Count - 2, issues.Count(i => i.Code == "untranslated" && i.Severity == QaSeverity.Error));
        var inconsistent = Assert.Single(issues, i => i.Code == "inconsistent");
        Assert.Equal(repeated[1].SegmentId, inconsistent.SegmentId);
        Assert.Contains(repeated[0].SegmentId, inconsistent.Message, StringComparison.Ordinal);
    }
}
