using Publish.Documents;
using Publish.Glossary.Recognition;
using Publish.Ingest;
using Publish.Ingest.Dehyphenation;
using Publish.Ingest.Docx;
using Publish.Ingest.Markdown;
using Publish.Ingest.Pdf;
using Publish.Ingest.Structure;
using Publish.Ingest.Text;
using Publish.Segmentation;
using Publish.Segmentation.Placeables;

namespace Publish;

/// <summary>
/// The entry point of the segmenter: source file → format detection → reader (text, PDF, DOCX, Markdown) →
/// structure → sentence segmentation → placeable and glossary-term annotation. One instance can be reused
/// for many files; its rule sets, lexicon and term automaton are built once.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly Dehyphenator _dehyphenator = new();
    private readonly SegmentationStage _segmentation = new(new DutchSentenceSplitter());
    private readonly PlaceableRecognizer _placeables = new();
    private readonly Glossary.Glossary? _glossary;
    private readonly TermRecognizer? _terms;

    /// <summary>A pipeline without a glossary: segments get placeables but no terms.</summary>
    public DocumentPipeline()
    {
    }

    /// <summary>A pipeline that annotates glossary terms and stamps documents with the glossary version.</summary>
    public DocumentPipeline(Glossary.Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _glossary = glossary;
        _terms = new TermRecognizer(glossary.Entries);
    }

    /// <summary>Reads, structures, segments and annotates the file at <paramref name="path"/>.</summary>
    /// <exception cref="PublishInputException">The file is missing, empty, binary or malformed.</exception>
    public PublishDocument Process(string path) => Process(SourceFile.Load(path));

    /// <summary>Same as <see cref="Process(string)"/> for bytes already in memory (named by <paramref name="path"/>).</summary>
    public PublishDocument Process(string path, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            throw new PublishInputException(path, "is empty");
        }

        return Process(new SourceFile(path, bytes));
    }

    internal PublishDocument Process(SourceFile file)
    {
        var format = SourceFormatSniffer.Detect(file);
        var layout = ReaderFor(format).Read(file);
        var document = new PublishDocument(new SourceInfo(file.Path, format, file.Sha256));
        StructureBuilder.Build(document, layout);
        if (document.Blocks.Count == 0)
        {
            throw new PublishInputException(file.Path, "contains no text");
        }

        _segmentation.Apply(document);
        foreach (var segment in document.Segments)
        {
            segment.Placeables.AddRange(_placeables.Recognize(segment.Text));
            if (_terms is not null)
            {
                segment.Terms.AddRange(_terms.Recognize(segment.Text));
            }
        }

        if (_glossary is not null)
        {
            document.Glossary = new GlossaryStamp(_glossary.Version);
        }

        return document;
    }

    private ISourceReader ReaderFor(SourceFormat format) => format switch
    {
        SourceFormat.Text => new PlainTextSourceReader(_dehyphenator.JoinAcrossLineBreak),
        SourceFormat.Docx => new DocxSourceReader(),
        SourceFormat.Markdown => new MarkdownSourceReader(),
        SourceFormat.Pdf => new PdfSourceReader(_dehyphenator.JoinAcrossLineBreak),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
