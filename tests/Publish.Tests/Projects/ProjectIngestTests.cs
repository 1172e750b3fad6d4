using Publish.Documents;
using Publish.Projects;

namespace Publish.Tests.Projects;

public sealed class ProjectIngestTests
{
    private const string Changed = "Finland nam als volwaardig lid van de NAVO deel aan deze";
    private const string Moved = "SG NAVO noemde de toetreding van Finland";

    [Fact]
    public void Re_adding_a_changed_source_keeps_the_translations_of_unchanged_segments_under_their_new_ids()
    {
        using var temp = new TemporaryProject();
        var before = temp.Store.Segments(temp.DocumentId);
        string IdOf(IReadOnlyList<StoredSegment> segments, string text) => segments.Single(s => s.Source.Contains(text, StringComparison.Ordinal)).SegmentId;
        var firstId = IdOf(before, "Op 4 en 5 april 2023 kwamen");
        var changedId = IdOf(before, Changed);
        var movedId = IdOf(before, Moved);
        temp.Store.SaveTranslations(
        [
            new TranslationChange(temp.DocumentId, new SegmentTranslation(firstId, "On 4 and 5 April 2023 the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.", TranslationStatus.Reviewed, Origin: TranslationOrigins.Translator)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation(changedId, "Finland took part as a full member of NATO.", TranslationStatus.Translated, Origin: TranslationOrigins.Translator)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation(movedId, "The NATO SG called Finland's accession a strengthening of the Alliance.", TranslationStatus.Translated, Origin: TranslationOrigins.Translator)),
        ]);

        var text = File.ReadAllText(Samples.PathOf("004"));
        Assert.Contains(Changed, text, StringComparison.Ordinal);
        var edited = text
            .Replace(Changed, "Finland nam als nieuw lid van de NAVO deel aan deze", StringComparison.Ordinal)
            .Replace("De bijeenkomst bestond uit drie werksessies", "Dit is een nieuwe alinea die eerder niet in de brief stond. \n\nDe bijeenkomst bestond uit drie werksessies", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("publish-v2-").FullName;
        try
        {
            var newVersion = Path.Combine(folder, Path.GetFileName(Samples.PathOf("004")));
            File.WriteAllText(newVersion, edited);

            var result = new ProjectIngest(temp.Project).Add(newVersion);

            Assert.Equal((IngestOutcome.Updated, 2, 1), (result.Outcome, result.TranslationsKept, result.TranslationsDropped));
            var after = temp.Store.Segments(temp.DocumentId);
            Assert.Equal(before.Count + 1, after.Count);
            var translations = temp.Store.Translations(temp.DocumentId);
            Assert.Equal(TranslationStatus.Reviewed, translations[IdOf(after, "Op 4 en 5 april 2023 kwamen")].Status);
            var newMovedId = IdOf(after, Moved);
            Assert.NotEqual(movedId, newMovedId);
            Assert.Equal("The NATO SG called Finland's accession a strengthening of the Alliance.", translations[newMovedId].Target);
            Assert.False(translations.ContainsKey(IdOf(after, "Finland nam als nieuw lid")));
            Assert.Equal(2, translations.Count);
            Assert.Contains(temp.Store.History(temp.DocumentId, changedId), h => h.Target == "Finland took part as a full member of NATO.");
            Assert.Contains("nieuwe alinea", File.ReadAllText(Path.Combine(temp.Project.SourcesPath, Path.GetFileName(newVersion))), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Adding_the_same_file_again_changes_nothing()
    {
        using var temp = new TemporaryProject();
        var added = temp.Store.FindDocument(temp.DocumentId)!;

        var again = new ProjectIngest(temp.Project).Add(Samples.PathOf("004"));

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(added, temp.Store.FindDocument(temp.DocumentId));
    }
}
