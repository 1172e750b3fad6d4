using System.Globalization;
using Publish.Documents;
using Publish.Interchange.Tmx;
using Publish.Memory;
using Publish.Memory.Sqlite;
using Publish.Rendering;
using Publish.Rendering.Layouts;
using Publish.Rendering.Pdf;

namespace Publish.Bench;

/// <summary>
/// A bilingual document of <see cref="TargetPages"/> rendered PDF pages made of the samples' real sentences:
/// samples/*.txt run through the pipeline again and again (each copy with fresh block and segment ids and
/// its own footnote numbers), cut after the first body block with which the bilingual PDF reaches the
/// target. Segments the starter memory matches exactly get their English; every other segment gets its
/// Dutch source as a stand-in target. That is not English and never acceptable in a product, but the
/// renderers' work depends on the length and shape of the text only, so for a speed benchmark a target of
/// the source's length is a fair substitute.
/// </summary>
internal static class RenderBenchDocument
{
    public const int TargetPages = 100;

    /// <summary>The document is built once per process (the host for the column, the benchmark process for the run).</summary>
    public static TranslatedDocument Document => Built.Value;

    public static RenderOptions Options(RenderLayout layout, RenderFormat format) => new()
    {
        Layout = layout,
        Format = format,
        Date = new DateOnly(2024, 6, 1),
        Title = "Benchmark: the seed samples bound together",
        TemplateDirectory = Path.Combine(BenchPaths.RepositoryRoot, "templates"),
    };

    /// <summary>Pages of the PDF rendered with these options, counted by reading it back with PdfPig.</summary>
    public static int PdfPages(RenderLayout layout)
    {
        using var output = new MemoryStream();
        BriefingRenderer.Render(Document, Options(layout, RenderFormat.Pdf), output);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(output.ToArray());
        return pdf.NumberOfPages;
    }

    private static readonly Lazy<TranslatedDocument> Built = new(Build);

    private static TranslatedDocument Build()
    {
        var samples = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var pipeline = new DocumentPipeline();
        var copies = new List<PublishDocument>();
        int footnoteNumber = 0;
        for (int copy = 0; copy < 6; copy++)
        {
            foreach (var sample in samples)
            {
                copies.Add(Renumbered(pipeline.Process(sample), "c" + copies.Count.ToString(CultureInfo.InvariantCulture), ref footnoteNumber));
            }
        }

        var targets = Targets(copies);
        int bodyBlocks = copies.Sum(d => d.Blocks.Count(b => b.Kind != BlockKind.Footnote));

        // The smallest number of body blocks with which the bilingual layout fills the target: layout only
        // (the page count is known before painting), then checked on the written PDF by the caller.
        int low = 1, high = bodyBlocks;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (BilingualPages(Compose(copies, middle, targets)) >= TargetPages)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return Compose(copies, low, targets);
    }

    private static int BilingualPages(TranslatedDocument document)
    {
        var content = BilingualLayout.Build(document, Options(RenderLayout.Bilingual, RenderFormat.Pdf));
        PdfWriter.Layout(content, out int pages);
        return pages;
    }

    /// <summary>The first <paramref name="bodyBlocks"/> body blocks of the copies, each copy followed by its footnotes.</summary>
    private static TranslatedDocument Compose(List<PublishDocument> copies, int bodyBlocks, Dictionary<string, SegmentTranslation> targets)
    {
        var document = new PublishDocument(new SourceInfo("bench/render-100-pages.txt", SourceFormat.Text, "bench"))
        {
            Kind = DocumentKind.Report,
        };
        foreach (var copy in copies)
        {
            if (bodyBlocks == 0)
            {
                break;
            }

            var body = copy.Blocks.Where(b => b.Kind != BlockKind.Footnote).Take(bodyBlocks).ToList();
            bodyBlocks -= body.Count;
            document.Blocks.AddRange(body);
            document.Blocks.AddRange(copy.Blocks.Where(b => b.Kind == BlockKind.Footnote));
        }

        return new TranslatedDocument("render-100-pages", document, targets);
    }

    /// <summary>Fresh ids ("c3.b12", "c3.b12.s2") and footnote numbers that continue over the copies.</summary>
    private static PublishDocument Renumbered(PublishDocument document, string prefix, ref int footnoteNumber)
    {
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var note in document.Blocks.Where(b => b.Kind == BlockKind.Footnote && b.Number is not null))
        {
            numbers.TryAdd(note.Number!, (++footnoteNumber).ToString(CultureInfo.InvariantCulture));
        }

        string Number(string number) => numbers.GetValueOrDefault(number, number);
        foreach (var block in document.Blocks)
        {
            block.Id = prefix + "." + block.Id;
            block.Answers = block.Answers is null ? null : prefix + "." + block.Answers;
            block.Number = block.Kind == BlockKind.Footnote && block.Number is not null ? Number(block.Number) : block.Number;
            var anchors = block.FootnoteAnchors.Select(a => a with { Number = Number(a.Number) }).ToList();
            block.FootnoteAnchors.Clear();
            block.FootnoteAnchors.AddRange(anchors);
            foreach (var segment in block.Segments)
            {
                segment.Id = prefix + "." + segment.Id;
                for (int i = 0; i < segment.Footnotes.Count; i++)
                {
                    segment.Footnotes[i] = Number(segment.Footnotes[i]);
                }
            }
        }

        return document;
    }

    /// <summary>Exact matches from samples/starter-memory.tmx through a real memory; the Dutch as stand-in elsewhere.</summary>
    private static Dictionary<string, SegmentTranslation> Targets(List<PublishDocument> copies)
    {
        var folder = Directory.CreateTempSubdirectory("publish-bench-render-");
        try
        {
            var targets = new Dictionary<string, SegmentTranslation>(StringComparer.Ordinal);
            var exact = new Dictionary<string, string?>(StringComparer.Ordinal);
            using (var memory = SqliteTranslationMemory.Open(Path.Combine(folder.FullName, "tm.db")))
            {
                TmxImporter.Import(Path.Combine(BenchPaths.RepositoryRoot, "samples", "starter-memory.tmx"), memory);
                var lookup = new TranslationMemoryLookup(memory);
                foreach (var segment in copies.SelectMany(d => d.Segments))
                {
                    if (!exact.TryGetValue(segment.Text, out var english))
                    {
                        var matches = lookup.Lookup(segment.Text, minimumScore: TranslationMemoryLookup.ExactScore, limit: 1);
                        english = matches.Count > 0 ? matches[0].Target : null;
                        exact[segment.Text] = english;
                    }

                    targets[segment.Id] = english is null
                        ? new SegmentTranslation(segment.Id, segment.Text, TranslationStatus.Draft, Origin: "bench-stand-in")
                        : new SegmentTranslation(segment.Id, english, TranslationStatus.Translated, TranslationMemoryLookup.ExactScore, "tm");
                }
            }

            return targets;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
