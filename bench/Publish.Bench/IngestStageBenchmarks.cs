using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Publish.Documents;
using Publish.Glossary.Recognition;
using Publish.Ingest;
using Publish.Ingest.Dehyphenation;
using Publish.Ingest.Structure;
using Publish.Ingest.Text;
using Publish.Segmentation;
using Publish.Segmentation.Placeables;

namespace Publish.Bench;

/// <summary>
/// The stages of <see cref="IngestBenchmarks"/> one at a time over the five samples (155 kB), to see where
/// the time goes: <c>dotnet run -c Release --project bench/Publish.Bench -- --filter '*IngestStageBenchmarks*'</c>.
/// </summary>
[Config(typeof(Config))]
public class IngestStageBenchmarks
{
    private readonly Dehyphenator _dehyphenator = new();
    private readonly SegmentationStage _segmentation = new(new DutchSentenceSplitter());
    private readonly PlaceableRecognizer _placeables = new();
    private readonly TermRecognizer _terms = new(Glossary.Glossary.Load(Path.Combine(BenchPaths.RepositoryRoot, "glossary")).Entries);
    private string[] _texts = [];
    private SourceLayout[] _layouts = [];
    private PublishDocument[] _documents = [];

    public static long SampleBytes { get; } = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt").Sum(f => new FileInfo(f).Length);

    [GlobalSetup]
    public void Setup()
    {
        _texts = Directory.GetFiles(Path.Combine(BenchPaths.RepositoryRoot, "samples"), "*.txt").Order().Select(File.ReadAllText).ToArray();
        _layouts = _texts.Select(Read).ToArray();
        _documents = _layouts.Select(Structure).ToArray();
        foreach (var document in _documents)
        {
            _segmentation.Apply(document);
        }
    }

    [Benchmark]
    public int SplitLines() => _texts.Sum(t => TextLine.Split(t).Count);

    [Benchmark]
    public int ReadParagraphs() => _texts.Sum(t => Read(t).Paragraphs.Count);

    [Benchmark]
    public int BuildStructure() => _layouts.Sum(l => Structure(l).Blocks.Count);

    [Benchmark]
    public int SplitSentences()
    {
        foreach (var document in _documents)
        {
            _segmentation.Apply(document);
        }

        return _documents.Length;
    }

    [Benchmark]
    public int RecognisePlaceables() => _documents.Sum(d => d.Segments.Sum(s => _placeables.Recognize(s.Text).Count));

    [Benchmark]
    public int RecogniseTerms() => _documents.Sum(d => d.Segments.Sum(s => _terms.Recognize(s.Text).Count));

    private SourceLayout Read(string text) => new PlainTextSourceReader(_dehyphenator.JoinAcrossLineBreak).Read(text);

    private static PublishDocument Structure(SourceLayout layout)
    {
        var document = new PublishDocument(new SourceInfo("bench.txt", SourceFormat.Text, new string('0', 64)));
        StructureBuilder.Build(document, layout);
        return document;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun);
            AddColumn(new ThroughputColumn("MB/s", _ => SampleBytes));
        }
    }
}
