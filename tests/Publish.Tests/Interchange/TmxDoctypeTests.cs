using System.Diagnostics;
using System.Globalization;
using System.Text;
using Publish.Interchange.Tmx;
using Publish.Tests.Memory;

namespace Publish.Tests.Interchange;

/// <summary>
/// A DOCTYPE that only names the TMX 1.4b DTD (as OmegaT's project_save.tmx does) imports without the DTD
/// being read; an internal subset or an entity reference (XML 1.0 §4.1, §4.2) is refused and nothing is imported.
/// </summary>
public sealed class TmxDoctypeTests : IDisposable
{
    private const string Secret = "s3cr3t-from-a-local-file";

    private const string Body = """
        <tmx version="1.4">
          <header creationtool="OmegaT" creationtoolversion="6.0.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="nl-NL" datatype="plaintext"/>
          <body>
            <tu><tuv xml:lang="nl-NL"><seg>Goedemorgen.</seg></tuv><tuv xml:lang="en-GB"><seg>Good morning.</seg></tuv></tu>
            <tu><tuv xml:lang="nl-NL"><seg>Tot ziens.</seg></tuv><tuv xml:lang="en-GB"><seg>Goodbye.</seg></tuv></tu>
          </body>
        </tmx>
        """;

    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    public static TheoryData<string> ExternalOnly => new()
    {
        "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
        "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" \"http://publish.invalid/tmx14.dtd\">",
        "<!-- saved by a tool -->\n<!DOCTYPE\ttmx\nSYSTEM 'tmx14.dtd' >",
        "<!DOCTYPE tmx>",
    };

    [Theory]
    [MemberData(nameof(ExternalOnly))]
    public void An_omegat_style_doctype_naming_an_external_dtd_is_accepted_and_the_dtd_is_not_read(string doctype)
    {
        var file = Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n" + Body);

        var result = TmxImporter.Import(file, tm.Memory);

        Assert.Equal((2L, 0L), (result.Added, result.Skipped));
        Assert.Contains(tm.Memory.EnumerateUnits(), u => u.Target == "Goodbye.");
    }

    public static TheoryData<string, string> InternalSubsets => new()
    {
        { "billion laughs", BillionLaughs() },
        { "external entity", "<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"SECRET\">]>" },
        { "external dtd and internal subset", "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\" [<!ENTITY xxe SYSTEM \"SECRET\">]>" },
        { "empty internal subset", "<!DOCTYPE tmx []>" },
        { "not a doctypedecl", "<!DOCTYPE tmx SYSTEM tmx14.dtd>" },
    };

    [Theory]
    [MemberData(nameof(InternalSubsets))]
    public void A_doctype_with_an_internal_subset_is_refused_quickly_with_file_and_line_and_nothing_is_imported(string name, string doctype)
    {
        var secret = WriteSecret();
        var file = Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype.Replace("SECRET", new Uri(secret).AbsoluteUri, StringComparison.Ordinal) + "\n"
            + Body.Replace("Goodbye.", "&xxe;&lol9;", StringComparison.Ordinal));
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<PublishInputException>(() => TmxImporter.Import(file, tm.Memory));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{name}: refused after {watch.Elapsed}");
        Assert.StartsWith("DOCTYPE may only name an external DTD", error.Message, StringComparison.Ordinal);
        Assert.Equal((file, 2), (error.File, error.Line));
        Assert.DoesNotContain('\n', error.Describe());
        Assert.Equal(0, tm.Memory.Statistics().Units);
    }

    [Fact]
    public void An_entity_reference_is_refused_even_when_the_named_dtd_declares_it_and_the_local_file_is_never_expanded()
    {
        var secret = WriteSecret();
        var dtd = Path.Combine(tm.Folder, "evil.dtd");
        File.WriteAllText(dtd, $"<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">");
        var file = Write($"<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"{new Uri(dtd).AbsoluteUri}\">\n"
            + Body.Replace("Goodbye.", "&xxe;", StringComparison.Ordinal));

        var error = Assert.Throws<PublishInputException>(() => TmxImporter.Import(file, tm.Memory));

        Assert.StartsWith("malformed XML", error.Message, StringComparison.Ordinal);
        Assert.Contains("xxe", error.Message, StringComparison.Ordinal);
        Assert.Equal((file, 7), (error.File, error.Line));
        Assert.DoesNotContain(Secret, error.Describe(), StringComparison.Ordinal);
        Assert.Equal(0, tm.Memory.Statistics().Units);
    }

    /// <summary>The classic ten-level expansion: a thousand million "lol"s if a parser ever expanded it.</summary>
    private static string BillionLaughs()
    {
        var subset = new StringBuilder("<!DOCTYPE tmx [\n <!ENTITY lol \"lol\">");
        for (var level = 1; level <= 9; level++)
        {
            var previous = level == 1 ? "lol" : $"lol{level - 1}";
            subset.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&{previous};", 10))}\">");
        }

        return subset.Append("]>").ToString();
    }

    private string WriteSecret()
    {
        var secret = Path.Combine(tm.Folder, "secret.txt");
        File.WriteAllText(secret, Secret);
        return secret;
    }

    private string Write(string content)
    {
        var file = Path.Combine(tm.Folder, Guid.NewGuid().ToString("N") + ".tmx");
        File.WriteAllText(file, content, new UTF8Encoding(false));
        return file;
    }
}
