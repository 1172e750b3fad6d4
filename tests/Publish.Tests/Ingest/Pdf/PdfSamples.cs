using System.Collections.Concurrent;
using Publish.Documents;
using Publish.Ingest;
using Publish.Ingest.Pdf;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>The 16 real Aanhangsel PDFs in samples/pdf, each processed once per test run.</summary>
internal static class PdfSamples
{
    private static readonly ConcurrentDictionary<string, PublishDocument> Cache = new();

    public static string Folder { get; } = Path.Combine(Samples.Root, "samples", "pdf");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.pdf").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string PathOf(string name) => Path.Combine(Folder, name + ".pdf");

    public static PdfLayoutAnalysis Layout(string name) => PdfLayoutAnalysis.Analyze(SourceFile.Load(PathOf(name)));

    public static PublishDocument Document(string name) => Cache.GetOrAdd(name, n => new DocumentPipeline().Process(PathOf(n)));
}
