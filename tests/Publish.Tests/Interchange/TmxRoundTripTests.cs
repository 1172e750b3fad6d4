using Publish.Testing;
using System.Xml;
using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Tests.Memory;

namespace Publish.Tests.Interchange;

public sealed class TmxRoundTripTests : IDisposable
{
    private readonly TemporaryMemory first = new();
    private readonly TemporaryMemory second = new();

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    [Fact]
    public void Export_then_import_gives_identical_units()
    {
        var units = new SyntheticDutchCorpus(seed: 3).Units(300)
            .Select((u, i) => i % 3 == 0 ? u.WithContext("Vorige zin " + i + ".", "Volgende zin.") with { GlossaryVersion = "2026-11-01" } : u)
            .Append(new TranslationUnit("Tekst met <tags> & \"tekens\".", "Text with <tags> & \"characters\"."))
            .ToList();
        first.Memory.AddOrUpdate(units);
        var file = Path.Combine(first.Folder, "out.tmx");

        using (var output = File.Create(file))
        {
            Assert.Equal(units.Count, TmxImporter.Export(first.Memory, output));
        }

        var result = TmxImporter.Import(file, second.Memory);

        Assert.Equal((units.Count, units.Count, 0L, 0L), (result.Read, result.Added, result.Updated, result.Skipped));
        Assert.Equal(first.Memory.EnumerateUnits().Select(u => u with { Id = 0 }), second.Memory.EnumerateUnits().Select(u => u with { Id = 0 }));
    }

    [Fact]
    public void The_exported_file_is_valid_against_the_tmx_14_dtd()
    {
        first.Memory.AddOrUpdate(new SyntheticDutchCorpus(seed: 4).Units(50));
        first.Memory.AddOrUpdate([new TranslationUnit("Zonder maker.", "No creator.") { Creator = null }]);
        var file = Path.Combine(first.Folder, "out.tmx");
        using (var output = File.Create(file))
        {
            TmxImporter.Export(first.Memory, output);
        }

        var errors = Validate(file);

        Assert.Empty(errors);
    }

    [Fact]
    public void The_dtd_check_itself_rejects_an_invalid_file()
    {
        var file = Path.Combine(first.Folder, "invalid.tmx");
        File.WriteAllText(file, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header creationtool=\"x\"/><body><tu><seg>x</seg></tu></body></tmx>");

        Assert.NotEmpty(Validate(file));
    }

    /// <summary>
    /// Validates with the DTD copied into this folder. The exported file has no DOCTYPE (our reader refuses
    /// them), so the check puts one in front of its content, naming the local copy.
    /// </summary>
    private static List<string> Validate(string file)
    {
        var dtd = Path.Combine(Samples.Root, "tests", "Publish.Tests", "Interchange", "tmx14.dtd");
        var content = File.ReadAllText(file);
        var declarationEnd = content.IndexOf("?>", StringComparison.Ordinal) + 2;
        var withDoctype = content[..declarationEnd] + $"\n<!DOCTYPE tmx SYSTEM \"{new Uri(dtd).AbsoluteUri}\">" + content[declarationEnd..];
        var errors = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, ValidationType = ValidationType.DTD, XmlResolver = new XmlUrlResolver() };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(withDoctype), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
