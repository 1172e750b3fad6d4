using System.Text;
using Publish.Documents;
using Publish.Interchange.Xliff;
using Publish.Projects;

namespace Publish.Tests.Interchange.Xliff;

public sealed class XliffImportTests
{
    [Theory]
    [InlineData(XliffVersion.V21)]
    [InlineData(XliffVersion.V12)]
    public void An_exported_file_edited_elsewhere_imports_its_targets_and_states(XliffVersion version)
    {
        using var temp = XliffExportTests.WithEveryStatus();
        var text = Encoding.UTF8.GetString(XliffExportTests.Export(temp, version));
        var edited = version == XliffVersion.V21
            ? text.Replace("<segment id=\"s1\" state=\"initial\" subState=\"publish:draft\">", "<segment id=\"s1\" state=\"translated\">", StringComparison.Ordinal)
                .Replace("Finland took part as a full member of NATO.", "Finland attended this meeting as a full member of NATO.", StringComparison.Ordinal)
            : text.Replace("<target state=\"needs-review-translation\" state-qualifier=\"fuzzy-match\">Finland took part as a full member of NATO.", "<target state=\"translated\">Finland attended this meeting as a full member of NATO.", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var before = temp.Store.Translations(temp.DocumentId);
        var path = Path.Combine(temp.Directory, "edited.xlf");
        File.WriteAllText(path, edited);

        var result = new XliffImporter(temp.Store).Import(path, "omegat-user");

        var after = temp.Store.Translations(temp.DocumentId);
        Assert.Equal(1, result.Updated);
        Assert.Equal(("Finland attended this meeting as a full member of NATO.", TranslationStatus.Translated, TranslationOrigins.Import, "omegat-user"), (after["b2.s3"].Target, after["b2.s3"].Status, after["b2.s3"].Origin, after["b2.s3"].ChangedBy));
        foreach (var id in new[] { "b2.s1", "b2.s2", "b2.s4" })
        {
            Assert.Equal((before[id].Target, before[id].Status), (after[id].Target, after[id].Status));
        }

        Assert.Equal(before.Count, after.Count);
    }

    public static TheoryData<string, string> HostileFiles => new()
    {
        {
            "billion laughs",
            """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nl-NL" trgLang="en-GB">
              <file id="f1" original="sources/004_938116419a6a225b.txt"><unit id="b2.s1"><segment state="translated"><source>x</source><target>&lol2;</target></segment></unit></file>
            </xliff>
            """
        },
        {
            "external entity",
            """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="nl-NL" trgLang="en-GB">
              <file id="f1" original="sources/004_938116419a6a225b.txt"><unit id="b2.s1"><segment state="translated"><source>x</source><target>&xxe;</target></segment></unit></file>
            </xliff>
            """
        },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void Hostile_xml_is_refused_and_nothing_is_applied(string attack, string xml)
    {
        using var temp = XliffExportTests.WithEveryStatus();
        var before = temp.Store.Translations(temp.DocumentId);
        var path = Path.Combine(temp.Directory, "hostile.xlf");
        File.WriteAllText(path, xml);

        var error = Assert.Throws<PublishInputException>(() => new XliffImporter(temp.Store).Import(path, "mallory"));

        Assert.True(error.Line is 2, $"{attack}: {error.Describe()}");
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Store.Translations(temp.DocumentId));
    }

    [Fact]
    public void An_unknown_segment_id_names_its_line_and_nothing_of_the_file_is_applied()
    {
        using var temp = XliffExportTests.WithEveryStatus();
        var before = temp.Store.Translations(temp.DocumentId);
        var text = Encoding.UTF8.GetString(XliffExportTests.Export(temp, XliffVersion.V12))
            .Replace("Finland took part as a full member of NATO.", "Finland attended this meeting as a full member of NATO.", StringComparison.Ordinal)
            .Replace("<trans-unit id=\"b3.s1\">", "<trans-unit id=\"b300.s1\">", StringComparison.Ordinal);
        var path = Path.Combine(temp.Directory, "unknown.xlf");
        File.WriteAllText(path, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("b300.s1", StringComparison.Ordinal)) + 1;

        var error = Assert.Throws<PublishInputException>(() => new XliffImporter(temp.Store).Import(path, "anna"));

        Assert.Equal($"{path}:{line}: unknown segment id 'b300.s1' in {temp.DocumentId}", error.Describe());
        Assert.Equal(before, temp.Store.Translations(temp.DocumentId));
    }
}
