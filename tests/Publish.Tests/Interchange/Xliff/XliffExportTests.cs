using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Publish.Documents;
using Publish.Interchange.Xliff;
using Publish.Projects;
using Publish.Tests.Projects;

namespace Publish.Tests.Interchange.Xliff;

public sealed class XliffExportTests
{
    private static readonly string SchemaFolder = Path.Combine(Samples.Root, "tests", "Publish.Tests", "Interchange", "Xliff", "Schemas");

    [Theory]
    [InlineData(XliffVersion.V21, "xliff-2.1/xliff_core_2.0.xsd")]
    [InlineData(XliffVersion.V12, "xliff-1.2/xliff-core-1.2-strict.xsd")]
    public void An_export_of_sample_004_in_every_status_validates_against_the_OASIS_schema(XliffVersion version, string schema)
    {
        using var temp = WithEveryStatus();
        var bytes = Export(temp, version);

        var errors = Validate(bytes, Path.Combine(SchemaFolder, schema));

        Assert.Empty(errors);
        var broken = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes).Replace("state=\"translated\"", "state=\"done\"", StringComparison.Ordinal));
        Assert.Contains(Validate(broken, Path.Combine(SchemaFolder, schema)), e => e.Contains("done", StringComparison.Ordinal));
        var units = Units(bytes, version);
        Assert.Equal(temp.Store.Segments(temp.DocumentId).Select(s => s.SegmentId), units.Select(u => (string)u.Attribute("id")!));
    }

    [Fact]
    public void Xliff_2_1_carries_states_term_notes_and_footnote_placeholders()
    {
        using var temp = WithEveryStatus();
        var units = Units(Export(temp, XliffVersion.V21), XliffVersion.V21).ToDictionary(u => (string)u.Attribute("id")!);
        XNamespace ns = XliffWriter.Namespace2;

        string? State(string id) => (string?)units[id].Element(ns + "segment")!.Attribute("state");
        string? SubState(string id) => (string?)units[id].Element(ns + "segment")!.Attribute("subState");
        Assert.Equal(("reviewed", null), (State("b2.s1"), SubState("b2.s1")));
        Assert.Equal(("translated", null), (State("b2.s2"), SubState("b2.s2")));
        Assert.Equal(("initial", "publish:draft"), (State("b2.s3"), SubState("b2.s3")));
        Assert.Equal(("initial", "publish:needs-review"), (State("b2.s4"), SubState("b2.s4")));
        Assert.Equal(("initial", null), (State("b3.s1"), SubState("b3.s1")));
        Assert.Null(units["b3.s1"].Element(ns + "segment")!.Element(ns + "target"));
        Assert.Contains(units["b2.s1"].Descendants(ns + "note"), n => (string?)n.Attribute("category") == "term" && n.Value == "NAVO → NATO");

        var document = temp.Store.LoadSource(temp.DocumentId);
        var withFootnote = document.Segments.First(s => s.Footnotes.Count > 0);
        var placeholder = Assert.Single(units[withFootnote.Id].Descendants(ns + "ph"));
        Assert.Equal("fn" + withFootnote.Footnotes[0], (string?)placeholder.Attribute("id"));
        var source = units[withFootnote.Id].Descendants(ns + "source").Single();
        Assert.Equal(withFootnote.Text, string.Concat(source.Nodes().OfType<XText>().Select(t => t.Value)));
    }

    [Fact]
    public void Xliff_1_2_maps_statuses_to_target_states_and_confirmed_targets_to_approved()
    {
        using var temp = WithEveryStatus();
        XNamespace ns = XliffWriter.Namespace12;
        var units = Units(Export(temp, XliffVersion.V12), XliffVersion.V12).ToDictionary(u => (string)u.Attribute("id")!);

        string? State(string id) => (string?)units[id].Element(ns + "target")?.Attribute("state");
        Assert.Equal(("signed-off", "yes"), (State("b2.s1"), (string?)units["b2.s1"].Attribute("approved")));
        Assert.Equal(("translated", "yes"), (State("b2.s2"), (string?)units["b2.s2"].Attribute("approved")));
        Assert.Null(units["b2.s3"].Attribute("approved"));
        Assert.Equal(("needs-review-translation", "fuzzy-match"), (State("b2.s3"), (string?)units["b2.s3"].Element(ns + "target")!.Attribute("state-qualifier")));
        Assert.Equal("needs-translation", State("b2.s4"));
        Assert.Null(units["b3.s1"].Element(ns + "target"));
    }

    /// <summary>Sample 004 with b2.s1 reviewed, b2.s2 translated, b2.s3 a fuzzy draft, b2.s4 needing review, the rest new.</summary>
    internal static TemporaryProject WithEveryStatus()
    {
        var temp = new TemporaryProject();
        temp.Store.SaveTranslations(
        [
            new TranslationChange(temp.DocumentId, new SegmentTranslation("b2.s1", "On 4 and 5 April 2023 the NATO Ministers of Foreign Affairs met at NATO Headquarters in Brussels.", TranslationStatus.Reviewed, Origin: TranslationOrigins.Translator)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation("b2.s2", "Before the Foreign Ministers' Meeting (FMM), a flag ceremony marked Finland's accession to the Alliance.", TranslationStatus.Translated, Origin: TranslationOrigins.Translator)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation("b2.s3", "Finland took part as a full member of NATO.", TranslationStatus.Draft, 82, TranslationOrigins.Fuzzy)),
            new TranslationChange(temp.DocumentId, new SegmentTranslation("b2.s4", "Sweden attended every session as an invitee.", TranslationStatus.NeedsReview, Origin: TranslationOrigins.Translator)),
        ]);
        return temp;
    }

    internal static byte[] Export(TemporaryProject temp, XliffVersion version)
    {
        using var stream = new MemoryStream();
        XliffWriter.Write(temp.Store.LoadTranslated(temp.DocumentId), version, stream);
        return stream.ToArray();
    }

    private static List<XElement> Units(byte[] bytes, XliffVersion version)
    {
        var document = XDocument.Load(new MemoryStream(bytes));
        return version == XliffVersion.V21
            ? document.Descendants(XName.Get("unit", XliffWriter.Namespace2)).ToList()
            : document.Descendants(XName.Get("trans-unit", XliffWriter.Namespace12)).ToList();
    }

    private static List<string> Validate(byte[] bytes, string schemaPath)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        using (var schemaReader = XmlReader.Create(schemaPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse }))
        {
            schemas.Add(null, schemaReader);
        }

        schemas.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
