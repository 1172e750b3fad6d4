namespace Publish.Documents;

/// <summary>
/// The one document model every stage shares: ingest fills blocks, segmentation fills segments,
/// annotators fill terms and placeables, renderers read it. Serialised as <c>publish.document/1</c>.
/// </summary>
public sealed class PublishDocument
{
    public const string SchemaId = "publish.document/1";

    public PublishDocument(SourceInfo source) => Source = source;

    public string Schema { get; } = SchemaId;

    public SourceInfo Source { get; }

    /// <summary>Source language; the contract pins Dutch.</summary>
    public string Language { get; } = "nl";

    public DocumentKind Kind { get; set; } = DocumentKind.Other;

    public string? Title { get; set; }

    public GlossaryStamp? Glossary { get; set; }

    /// <summary>Facts about the source that are not text: identifiers, dates, page count.</summary>
    public SortedDictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);

    public List<DocumentWarning> Warnings { get; } = [];

    public List<Block> Blocks { get; } = [];

    public IEnumerable<Segment> Segments => Blocks.SelectMany(b => b.Segments);
}

public sealed record SourceInfo(string Path, SourceFormat Format, string Sha256);

public sealed record GlossaryStamp(string Version);

/// <summary>A problem in the source that did not stop processing, e.g. a footnote marker without a body.</summary>
public sealed record DocumentWarning(string Code, string Message, int? Line = null);
