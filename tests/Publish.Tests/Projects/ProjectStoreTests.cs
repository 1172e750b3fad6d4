using Publish.Documents;
using Publish.Documents.Serialization;
using Publish.Memory;
using Publish.Projects;

namespace Publish.Tests.Projects;

public sealed class ProjectStoreTests
{
    [Fact]
    public void A_stored_document_loads_back_exactly_as_it_was_segmented()
    {
        using var temp = new TemporaryProject();
        var bytes = File.ReadAllBytes(Samples.PathOf("004"));
        var expected = new DocumentPipeline(Publish.Glossary.Glossary.Load(Path.Combine(Samples.Root, "glossary")))
            .Process("sources/" + Path.GetFileName(Samples.PathOf("004")), bytes);

        var loaded = temp.Store.LoadTranslated(temp.DocumentId);

        Assert.Equal(Json(expected), Json(loaded.Source));
        Assert.Contains(loaded.Source.Segments, s => s.Terms.Count > 0);
        Assert.Equal(expected.Segments.Select(s => s.Id), temp.Store.Segments(temp.DocumentId).Select(s => s.SegmentId));
        Assert.Empty(loaded.Translations);
        Assert.Equal("en-GB", loaded.TargetLanguage);
    }

    [Fact]
    public void Open_finds_the_project_from_a_subfolder_and_names_the_folder_outside_one()
    {
        using var temp = new TemporaryProject(addSample: false);
        var nested = Directory.CreateDirectory(Path.Combine(temp.Directory, "sources", "deeper")).FullName;
        using (var opened = PublishProject.Open(nested))
        {
            Assert.Equal(temp.Project.Root, opened.Root);
        }

        var outside = Directory.CreateTempSubdirectory("publish-no-project-").FullName;
        try
        {
            var error = Assert.Throws<PublishInputException>(() => PublishProject.Open(outside));
            Assert.Contains("not inside a Publish project", error.Message, StringComparison.Ordinal);
            Assert.Equal(outside, error.File);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void A_confirmation_is_stored_at_once_with_its_history_and_written_to_the_memory_with_its_context()
    {
        using var temp = new TemporaryProject();
        using var memory = temp.OpenMemory();
        var session = new TranslationSession(temp.Store, memory, temp.DocumentId, new SessionOptions("anna"));
        Assert.True(session.GoTo("b2.s3"));
        session.SetText("Finland took part as a full member of NATO.");
        session.Confirm();
        session.GoTo("b2.s3");
        session.SetText("Finland took part in this meeting as a full member of NATO.");
        session.Confirm();

        var stored = temp.Store.Translations(temp.DocumentId)["b2.s3"];
        Assert.Equal(("Finland took part in this meeting as a full member of NATO.", TranslationStatus.Translated, "anna", TranslationOrigins.Translator), (stored.Target, stored.Status, stored.ChangedBy, stored.Origin));
        Assert.Equal("Finland took part as a full member of NATO.", Assert.Single(temp.Store.History(temp.DocumentId, "b2.s3")).Target);

        var segments = temp.Store.Segments(temp.DocumentId).ToList();
        var index = segments.FindIndex(s => s.SegmentId == "b2.s3");
        var match = new TranslationMemoryLookup(memory).Lookup(segments[index].Source, segments[index - 1].Source, segments[index + 1].Source)[0];
        Assert.Equal((101, "Finland took part in this meeting as a full member of NATO.", temp.DocumentId), (match.Score, match.Target, match.Unit.DocumentId));
    }

    [Fact]
    public void Saving_translations_for_an_unknown_segment_writes_none_of_the_batch()
    {
        using var temp = new TemporaryProject();
        var good = new TranslationChange(temp.DocumentId, new SegmentTranslation("b2.s1", "On 4 and 5 April 2023…", TranslationStatus.Translated));
        var bad = new TranslationChange(temp.DocumentId, new SegmentTranslation("b999.s1", "Nowhere.", TranslationStatus.Translated));

        Assert.Throws<KeyNotFoundException>(() => temp.Store.SaveTranslations([good, bad]));

        Assert.Empty(temp.Store.Translations(temp.DocumentId));
    }

    private static string Json(PublishDocument document)
    {
        using var stream = new MemoryStream();
        DocumentJsonWriter.Write([document], stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
