using Publish.Testing;
using System.Text;
using Publish.Interchange.Tmx;
using Publish.Tests.Memory;

namespace Publish.Tests.Interchange;

/// <summary>What real tools write (OmegaT, Trados, Okapi) imports; what an attacker writes does not.</summary>
public sealed class TmxToleranceTests : IDisposable
{
    private const string Valid = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header creationtool="Tool" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="nl-NL" datatype="plaintext"/>
          <body>
            <tu><tuv xml:lang="nl-NL"><seg>Goedemorgen.</seg></tuv><tuv xml:lang="en-GB"><seg>Good morning.</seg></tuv></tu>
            <tu><tuv xml:lang="nl-NL"><seg>Tot ziens.</seg></tuv><tuv xml:lang="en-GB"><seg>Goodbye.</seg></tuv></tu>
          </body>
        </tmx>
        """;

    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    [Fact]
    public void Missing_srclang_language_case_variants_lang_attribute_and_inline_codes_are_accepted()
    {
        var file = Write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" datatype="plaintext"/>
              <body>
                <tu changedate="20240102T030405Z" changeid="anna"><prop type="x-note">kept out</prop>
                  <tuv xml:lang="EN-gb"><seg>See <bpt i="1">&lt;b&gt;</bpt>Annex 2<ept i="1">&lt;/b&gt;</ept> and <ph x="7">&lt;br/&gt;</ph>more<it pos="begin">&lt;i&gt;</it>.</seg></tuv>
                  <tuv xml:lang="NL-nl"><seg>Zie <bpt i="1">&lt;b&gt;</bpt>bijlage 2<ept i="1">&lt;/b&gt;</ept> en <ph x="7">&lt;br/&gt;</ph><hi type="b">meer</hi><it pos="begin">&lt;i&gt;</it>.</seg></tuv>
                </tu>
                <tu><tuv lang="nl"><seg>Alleen Nederlands.</seg></tuv></tu>
              </body>
            </tmx>
            """);

        var result = TmxImporter.Import(file, tm.Memory);

        Assert.Equal((1L, 1L), (result.Added, result.Skipped));
        var unit = Assert.Single(tm.Memory.EnumerateUnits());
        Assert.Equal("Zie {1}bijlage 2{/1} en {7/}meer{1/}.", unit.Source);
        Assert.Equal("See {1}Annex 2{/1} and {7/}more{1/}.", unit.Target);
        Assert.Equal(("nl-NL", "en-GB", "anna"), (unit.SourceLanguage, unit.TargetLanguage, unit.Creator));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), unit.Changed);
    }

    [Fact]
    public void A_utf8_bom_and_utf16_files_are_read()
    {
        var bom = Write(Valid, new UTF8Encoding(true));
        var utf16 = Write(Valid.Replace("UTF-8", "UTF-16", StringComparison.Ordinal), Encoding.Unicode);

        Assert.Equal(2, TmxImporter.Import(bom, tm.Memory).Added);
        Assert.Equal(2, TmxImporter.Import(utf16, tm.Memory).Updated);
    }

    [Fact]
    public void A_translate_toolkit_header_srclang_naming_no_variant_exactly_does_not_make_english_the_source()
    {
        var file = Write(Valid.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">", StringComparison.Ordinal)
            .Replace("srclang=\"nl-NL\"", "srclang=\"en\"", StringComparison.Ordinal));

        TmxImporter.Import(file, tm.Memory);

        Assert.All(tm.Memory.EnumerateUnits(), u => Assert.Equal(("nl-NL", "en-GB"), (u.SourceLanguage, u.TargetLanguage)));
        Assert.Contains(tm.Memory.EnumerateUnits(), u => (u.Source, u.Target) == ("Tot ziens.", "Goodbye."));
    }

    public static TheoryData<string, string, string, int> Rejected => new()
    {
        { "truncated", Valid[..Valid.IndexOf("<tu><tuv xml:lang=\"nl-NL\"><seg>Tot", StringComparison.Ordinal)] + "<tu><tuv xml:lang=\"nl-NL\"><seg>Tot", "malformed XML", 6 },
        { "mismatched", Valid.Replace("Tot ziens.</seg>", "Tot ziens.</sег>", StringComparison.Ordinal), "malformed XML", 6 },
        { "billion laughs", Valid.Replace("<tmx version", "<!DOCTYPE tmx [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>\n<tmx version", StringComparison.Ordinal), "DOCTYPE", 2 },
        { "external entity", Valid.Replace("<tmx version", "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<tmx version", StringComparison.Ordinal).Replace("Goodbye.", "&x;", StringComparison.Ordinal), "DOCTYPE", 2 },
        { "not tmx", "<?xml version=\"1.0\"?>\n<html><body/></html>", "not a TMX file", 2 },
        { "tuv without language", Valid.Replace("<tuv xml:lang=\"en-GB\"><seg>Goodbye", "<tuv><seg>Goodbye", StringComparison.Ordinal), "without xml:lang", 6 },
        { "oversized segment", Valid.Replace("Goodbye.", new string('x', TmxReader.MaximumSegmentCharacters + 1), StringComparison.Ordinal), "longer than", 6 },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Malformed_or_hostile_tmx_is_rejected_with_file_and_line_and_nothing_is_imported(string name, string content, string expected, int line)
    {
        var file = Write(content);

        var error = Assert.Throws<PublishInputException>(() => TmxImporter.Import(file, tm.Memory));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((file, line), (error.File, error.Line));
        Assert.DoesNotContain('\n', error.Describe());
        Assert.Equal(0, tm.Memory.Statistics().Units);
        Assert.NotNull(name);
    }

    [Fact]
    public void A_defect_after_many_transactions_worth_of_good_units_still_imports_nothing()
    {
        // The check reads the whole file while the first transaction is written; that transaction's last unit waits
        // for it, so the defect at unit 2,501 rolls everything back although the writer could have committed twice.
        var units = new SyntheticDutchCorpus(seed: 35).Units(2_500);
        var file = Path.Combine(tm.Folder, "late-defect.tmx");
        using (var output = File.Create(file))
        {
            TmxWriter.Write(output, units);
        }

        var text = File.ReadAllText(file);
        var lastTu = text.LastIndexOf("</tu>", StringComparison.Ordinal) + "</tu>".Length;
        File.WriteAllText(file, text[..lastTu] + "\n<tu><tuv xml:lang=\"nl-NL\"><seg>Kapot</seg></tuv><tuv><seg>Broken</seg></tuv></tu>" + text[lastTu..]);
        var defectLine = text[..lastTu].Count(c => c == '\n') + 2;

        var error = Assert.Throws<PublishInputException>(() => TmxImporter.Import(file, tm.Memory, commitUnits: 1_000));

        Assert.Contains("without xml:lang", error.Message, StringComparison.Ordinal);
        Assert.Equal((file, defectLine), (error.File, error.Line));
        Assert.Equal(0, tm.Memory.Statistics().Units);
    }

    private string Write(string content, Encoding? encoding = null)
    {
        var file = Path.Combine(tm.Folder, Guid.NewGuid().ToString("N") + ".tmx");
        File.WriteAllText(file, content, encoding ?? new UTF8Encoding(false));
        return file;
    }
}
