using Publish.Documents;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Tests.Projects;

public sealed class ProjectStatusTests
{
    [Fact]
    public void Status_counts_segments_and_words_per_band_and_status_and_ignores_the_documents_own_confirmations()
    {
        using var temp = new TemporaryProject();
        using var memory = temp.OpenMemory();
        var segments = temp.Store.Segments(temp.DocumentId);
        StoredSegment Find(string text) => segments.Single(s => s.Source.Contains(text, StringComparison.Ordinal));
        var exact = Find("Zweden nam aan alle sessies deel");
        var repaired = Find("Op 4 en 5 april 2023 kwamen");
        var own = Find("Finland nam als volwaardig lid");
        memory.AddOrUpdate(
        [
            new TranslationUnit(exact.Source, "Sweden attended all sessions as an invitee.") { DocumentId = "other" },
            new TranslationUnit(repaired.Source.Replace("4 en 5 april 2023", "6 en 7 juni 2022", StringComparison.Ordinal), "On 6 and 7 June 2022 the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.") { DocumentId = "other" },
            new TranslationUnit(own.Source, "Finland took part as a full member.") { DocumentId = temp.DocumentId },
        ]);
        temp.Store.SaveTranslations([new TranslationChange(temp.DocumentId, new SegmentTranslation(own.SegmentId, "Finland took part as a full member.", TranslationStatus.Translated))]);

        var report = new ProjectStatus(temp.Store, memory).Report([temp.DocumentId]);

        var document = Assert.Single(report.Documents);
        Assert.Equal(new Tally(segments.Count, segments.Sum(s => s.Words)), document.Total);
        Assert.Equal(new Tally(1, exact.Words), document.Bands["100"]);
        Assert.Equal(new Tally(1, repaired.Words), document.Bands[ProjectStatus.RepairedBand]);
        Assert.Equal(segments.Count - 2, document.Bands[ProjectStatus.NoMatchBand].Segments);
        Assert.Equal(new Tally(1, own.Words), document.Statuses[TranslationStatus.Translated]);
        Assert.Equal(segments.Count - 1, document.Statuses[TranslationStatus.New].Segments);
        Assert.Equal(document.Total, report.Total.Total);
        Assert.Equal(8, exact.Words);
    }
}
