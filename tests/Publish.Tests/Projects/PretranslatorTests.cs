using Publish.Documents;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Tests.Projects;

public sealed class PretranslatorTests
{
    [Fact]
    public void Pretranslation_fills_exact_matches_as_translated_and_fuzzy_ones_as_drafts_but_never_overwrites_a_reviewed_or_translator_target()
    {
        using var temp = new TemporaryProject();
        using var memory = temp.OpenMemory();
        var segments = temp.Store.Segments(temp.DocumentId);
        StoredSegment Find(string text) => segments.Single(s => s.Source.Contains(text, StringComparison.Ordinal));
        var exact = Find("Zweden nam aan alle sessies deel");
        var fuzzy = Find("Op 4 en 5 april 2023 kwamen");
        var reviewed = Find("Finland nam als volwaardig lid");
        var byTranslator = Find("De bijeenkomst bestond uit drie werksessies");
        memory.AddOrUpdate(
        [
            new TranslationUnit(exact.Source, "Sweden attended all sessions as an invitee."),
            new TranslationUnit(fuzzy.Source.Replace("Brussel", "Luxemburg", StringComparison.Ordinal), "On 4 and 5 April 2023 the NATO foreign ministers met at NATO Headquarters in Luxembourg."),
            new TranslationUnit(reviewed.Source, "Finland attended as a full member (memory)."),
            new TranslationUnit(byTranslator.Source, "The meeting had three sessions (memory)."),
        ]);
        temp.Store.SaveTranslations(
        [
            new TranslationChange(temp.DocumentId, new SegmentTranslation(reviewed.SegmentId, "Finland attended as a full NATO member.", TranslationStatus.Reviewed, Origin: TranslationOrigins.Translator)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation(byTranslator.SegmentId, "The meeting consisted of three working sessions.", TranslationStatus.Translated, Origin: TranslationOrigins.Translator)),
        ]);

        var result = new Pretranslator(temp.Store, memory).Run(temp.DocumentId, minimumScore: 75);

        var translations = temp.Store.Translations(temp.DocumentId);
        Assert.Equal(("Sweden attended all sessions as an invitee.", TranslationStatus.Translated, 100, TranslationOrigins.Memory), Describe(translations[exact.SegmentId]));
        var draft = translations[fuzzy.SegmentId];
        Assert.Equal((TranslationStatus.Draft, TranslationOrigins.Fuzzy), (draft.Status, draft.Origin));
        Assert.InRange(draft.MatchScore!.Value, 75, 99);
        Assert.Equal(("Finland attended as a full NATO member.", TranslationStatus.Reviewed), (translations[reviewed.SegmentId].Target, translations[reviewed.SegmentId].Status));
        Assert.Equal("The meeting consisted of three working sessions.", translations[byTranslator.SegmentId].Target);
        Assert.Equal(2, result.Protected);
        Assert.True(result.Translated >= 1 && result.Drafts >= 1);

        var again = new Pretranslator(temp.Store, memory).Run(temp.DocumentId, minimumScore: 75);
        Assert.Equal(result, again);
        Assert.Equal(translations[fuzzy.SegmentId], temp.Store.Translations(temp.DocumentId)[fuzzy.SegmentId]);
    }

    private static (string?, TranslationStatus, int?, string?) Describe(SegmentTranslation t) => (t.Target, t.Status, t.MatchScore, t.Origin);
}
