using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Testing;

namespace Publish.Tests.Interchange;

/// <summary>The import's spill: units come back as they were parsed, and no temporary file is left behind.</summary>
public sealed class TmxSpillTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("publish-spill-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Every_field_of_a_unit_survives_the_spill_including_missing_ones_and_date_offsets()
    {
        var full = new TranslationUnit("De NAVO-top in Den Haag.", "The NATO summit in The Hague.")
        {
            SourceLanguage = "nl-BE",
            TargetLanguage = "en-US",
            PreviousSourceHash = -42,
            NextSourceHash = long.MaxValue,
            DocumentId = "kst-36045-12",
            Creator = "vertaler",
            GlossaryVersion = "2026.3",
            Created = new DateTimeOffset(2024, 3, 4, 10, 15, 0, TimeSpan.FromHours(1)),
            Changed = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var bare = new TranslationUnit("Ja.", "Yes.");
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            TranslationUnitRecord.Write(writer, full);
            TranslationUnitRecord.Write(writer, bare);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);

        Assert.Equal(full, TranslationUnitRecord.Read(reader));
        Assert.Equal(bare, TranslationUnitRecord.Read(reader));
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public async Task The_spill_gives_the_parsed_units_in_order_and_leaves_no_file_behind()
    {
        var units = new SyntheticDutchCorpus(seed: 36).Units(3_000);
        var tmx = Path.Combine(folder, "units.tmx");
        using (var output = File.Create(tmx))
        {
            TmxWriter.Write(output, units);
        }

        var before = SpillFiles();
        List<TranslationUnit> spilled;
        using (var spill = new TmxSpill(tmx))
        {
            Assert.Empty(SpillFiles().Except(before));
            spilled = [.. spill.Units()];
            Assert.Equal(units.Count, await spill.Parse);
        }

        Assert.Equal(units.Select(u => (u.Source, u.Target, u.PreviousSourceHash)), spilled.Select(u => (u.Source, u.Target, u.PreviousSourceHash)));
        Assert.Equal([.. new TmxReader(tmx).ReadUnits()], spilled);
        Assert.Empty(SpillFiles().Except(before));
    }

    private static string[] SpillFiles() => Directory.GetFiles(Path.GetTempPath(), "publish-tmx-spill-*");
}
