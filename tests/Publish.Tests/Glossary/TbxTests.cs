using System.Xml.Linq;

namespace Publish.Tests.Glossary;

using Publish.Glossary;
using Publish.Glossary.Tbx;

public sealed class TbxTests : IDisposable
{
    private static readonly XNamespace Tbx = "urn:iso:std:iso:30042:ed-2";

    private readonly string _dir = Directory.CreateTempSubdirectory("publish-tbx-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Export_then_import_gives_identical_entries()
    {
        var original = Glossary.Load(GlossaryFixtures.PathOf("valid"));
        var tbx = Path.Combine(_dir, "glossary.tbx");
        GlossaryTbx.Export(original, tbx);

        var written = GlossaryTbx.Import(tbx, Path.Combine(_dir, "imported"));
        var imported = Glossary.Load(Path.Combine(_dir, "imported"));

        Assert.Equal(Path.Combine(_dir, "imported", "glossary.tsv"), written);
        Assert.Equal(original.Entries.Select(GlossaryTsvFormat.Row), imported.Entries.Select(GlossaryTsvFormat.Row));
        Assert.Equal(original.Version, imported.Version);
    }

    [Fact]
    public void Reading_the_export_back_gives_the_same_entries_directly()
    {
        var original = Glossary.Load(GlossaryFixtures.PathOf("valid"));
        var tbx = Path.Combine(_dir, "glossary.tbx");
        GlossaryTbx.Export(original, tbx);

        var entries = TbxReader.Read(tbx);

        Assert.Equal(original.Entries.Select(GlossaryTsvFormat.Row), entries.Select(GlossaryTsvFormat.Row));
    }

    [Fact]
    public void The_export_is_TBX_Basic_v3_using_only_data_categories_the_dialect_permits()
    {
        var tbx = Path.Combine(_dir, "glossary.tbx");
        GlossaryTbx.Export(Glossary.Load(GlossaryFixtures.PathOf("valid")), tbx);

        var root = XDocument.Load(tbx).Root!;

        Assert.Equal(Tbx + "tbx", root.Name);
        Assert.Equal("TBX-Basic", root.Attribute("type")!.Value);
        Assert.Equal("dca", root.Attribute("style")!.Value);
        Assert.All(root.Descendants(), e => Assert.Equal(Tbx, e.Name.Namespace));
        var allowed = new Dictionary<string, string[]>
        {
            ["termNote"] = ["administrativeStatus", "partOfSpeech", "termType"],
            ["descrip"] = ["subjectField"],
            ["admin"] = ["source"],
        };
        Assert.All(root.Descendants().Where(e => e.Attribute("type") is not null), e => Assert.Contains(e.Attribute("type")!.Value, allowed[e.Name.LocalName]));
        var navo = root.Descendants(Tbx + "conceptEntry").Single(e => e.Attribute("id")!.Value == "navo");
        var english = navo.Elements(Tbx + "langSec").Single(e => e.Attribute(XNamespace.Xml + "lang")!.Value == "en");
        Assert.Equal("https://www.nato.int/", english.Element(Tbx + "admin")!.Value);
        Assert.Equal(["NATO", "North Atlantic Treaty Organisation"], english.Elements(Tbx + "termSec").Select(t => t.Element(Tbx + "term")!.Value));
        Assert.Contains(english.Descendants(Tbx + "termNote"), n => n.Value == "deprecatedTerm-admn-sts");
    }

    [Fact]
    public void Ids_starting_with_a_digit_are_written_as_valid_xml_ids_and_read_back_unchanged()
    {
        var tbx = Path.Combine(_dir, "glossary.tbx");
        GlossaryTbx.Export(Glossary.Load(GlossaryFixtures.PathOf("valid")), tbx);

        var ids = XDocument.Load(tbx).Descendants(Tbx + "conceptEntry").Select(e => e.Attribute("id")!.Value).ToList();

        Assert.Contains("_2-procentnorm", ids);
        Assert.All(ids, id => Assert.Equal(id, System.Xml.XmlConvert.VerifyNCName(id)));
        Assert.Contains(TbxReader.Read(tbx), e => e.Id == "2-procentnorm");
    }

    [Fact]
    public void Import_accepts_TBX_2008_martif_and_derives_kind_and_case_from_term_type()
    {
        var tbx = Write("old.tbx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en">
              <martifHeader><fileDesc><sourceDesc><p>other tool</p></sourceDesc></fileDesc></martifHeader>
              <text><body>
                <termEntry id="rbz">
                  <descrip type="subjectField">eu</descrip>
                  <langSet xml:lang="nl-NL">
                    <tig><term>RBZ</term><termNote type="termType">acronym</termNote></tig>
                    <tig><term>Raad Buitenlandse Zaken</term></tig>
                  </langSet>
                  <langSet xml:lang="en-GB">
                    <tig><term>FAC</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                    <ntig><termGrp><term>Council of Foreign Affairs</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
                    <xref type="externalCrossReference" target="https://www.consilium.europa.eu/">FAC</xref>
                  </langSet>
                </termEntry>
              </body></text>
            </martif>
            """);

        var entry = Assert.Single(TbxReader.Read(tbx));

        Assert.Equal("RBZ", entry.Source);
        Assert.Equal(["Raad Buitenlandse Zaken"], entry.Variants);
        Assert.Equal("FAC", entry.Target);
        Assert.Equal(["Council of Foreign Affairs"], entry.Forbidden);
        Assert.Equal(TermKind.Acronym, entry.Kind);
        Assert.True(entry.CaseSensitive);
        Assert.Equal("eu", entry.Domain);
        Assert.Equal("https://www.consilium.europa.eu/", entry.Reference);
        Assert.Equal(5, entry.Line);
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_refused_with_file_and_line()
    {
        var tbx = Write("hostile.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<tbx><text><body><conceptEntry id=\"x\">&xxe;</conceptEntry></body></text></tbx>");

        var e = Assert.Throws<PublishInputException>(() => TbxReader.Read(tbx));

        Assert.Equal(tbx, e.File);
        Assert.Equal(2, e.Line);
        Assert.Contains("DOCTYPE", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Describe());
    }

    [Fact]
    public void Malformed_xml_is_an_input_error_with_its_line()
    {
        var tbx = Write("broken.tbx", "<tbx>\n<text>\n<body>\n</text>\n</tbx>\n");

        var e = Assert.Throws<PublishInputException>(() => TbxReader.Read(tbx));

        Assert.Equal(4, e.Line);
        Assert.StartsWith("malformed XML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_TBX_root_element_is_refused()
    {
        var tbx = Write("other.tbx", "<html/>");

        var e = Assert.Throws<PublishInputException>(() => TbxReader.Read(tbx));

        Assert.Contains("not a TBX document", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_ids_that_already_exist_and_writes_nothing()
    {
        var copy = GlossaryFixtures.CopyOf("valid", _dir);
        var tbx = Path.Combine(_dir, "again.tbx");
        GlossaryTbx.Export(Glossary.Load(GlossaryFixtures.PathOf("valid")), tbx);

        var e = Assert.Throws<PublishInputException>(() => GlossaryTbx.Import(tbx, copy));

        Assert.Equal(tbx, e.File);
        Assert.Contains("id 'navo' already exists at " + Path.Combine(copy, "10-nato-eu.tsv") + ":3", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy, "again.tsv")));
    }

    [Fact]
    public void Import_refuses_an_entry_that_would_fail_check_naming_the_tbx_line()
    {
        var tbx = Write("bad.tbx", """
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>
            <conceptEntry id="eu"><note>publish: kind=acronym case=insensitive compounds=none</note>
            <langSec xml:lang="nl"><termSec><term>EU</term></termSec></langSec>
            <langSec xml:lang="en"><termSec><term>EU</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            """);

        var e = Assert.Throws<PublishInputException>(() => GlossaryTbx.Import(tbx, Path.Combine(_dir, "new")));

        Assert.Equal(2, e.Line);
        Assert.Contains("must be case 'sensitive'", e.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "new")) && Directory.EnumerateFiles(Path.Combine(_dir, "new")).Any());
    }

    [Fact]
    public void A_usage_note_that_starts_with_publish_survives_the_round_trip()
    {
        var source = Path.Combine(_dir, "source");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "a.tsv"), GlossaryFixtures.Header + "\nkabinet\tkabinet\t\tgovernment\t\tterm\tinsensitive\tnone\tgovernment\tpublish: see the style guide\thttps://www.government.nl/\n");
        var tbx = Path.Combine(_dir, "a.tbx");
        GlossaryTbx.Export(Glossary.Load(source), tbx);

        var entry = Assert.Single(TbxReader.Read(tbx));

        Assert.Equal("publish: see the style guide", entry.Note);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
