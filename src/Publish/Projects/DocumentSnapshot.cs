using System.Text.Json;
using System.Text.Json.Serialization;
using Publish.Documents;

namespace Publish.Projects;

/// <summary>
/// The project store keeps each document as it was segmented when it was added, so that renderers and
/// exports see the same segments the translations belong to, even when the glossary or the segmenter
/// changes later. This is a lossless JSON image of <see cref="PublishDocument"/> (the contract JSON of
/// docs/contracts is written for readers, not for rebuilding the model).
/// </summary>
internal static class DocumentSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PublishDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var image = new DocumentImage(
            document.Source.Path,
            document.Source.Format,
            document.Source.Sha256,
            document.Kind,
            document.Title,
            document.Glossary?.Version,
            new SortedDictionary<string, string>(document.Metadata, StringComparer.Ordinal),
            document.Warnings.ToList(),
            document.Blocks.Select(ToImage).ToList());
        return JsonSerializer.Serialize(image, Options);
    }

    public static PublishDocument Deserialize(string json)
    {
        var image = JsonSerializer.Deserialize<DocumentImage>(json, Options)
            ?? throw new InvalidDataException("empty document snapshot");
        var document = new PublishDocument(new SourceInfo(image.Path, image.Format, image.Sha256))
        {
            Kind = image.Kind,
            Title = image.Title,
            Glossary = image.GlossaryVersion is { } version ? new GlossaryStamp(version) : null,
        };
        foreach (var (key, value) in image.Metadata)
        {
            document.Metadata[key] = value;
        }

        document.Warnings.AddRange(image.Warnings);
        document.Blocks.AddRange(image.Blocks.Select(FromImage));
        return document;
    }

    private static BlockImage ToImage(Block block) => new(
        block.Id, block.Kind, block.Number, block.Party, block.Answers, block.Label, block.Level, block.Text, block.Line,
        block.Cells?.ToList(), block.FootnoteAnchors.ToList(),
        block.Segments.Select(s => new SegmentImage(s.Id, s.Start, s.Text, s.Footnotes.ToList(), s.Terms.ToList(), s.Placeables.ToList())).ToList());

    private static Block FromImage(BlockImage image)
    {
        var block = new Block(image.Kind, image.Text)
        {
            Id = image.Id,
            Number = image.Number,
            Party = image.Party,
            Answers = image.Answers,
            Label = image.Label,
            Level = image.Level,
            Line = image.Line,
            Cells = image.Cells,
        };
        block.FootnoteAnchors.AddRange(image.FootnoteAnchors);
        foreach (var segmentImage in image.Segments)
        {
            var segment = new Segment(segmentImage.Start, segmentImage.Text) { Id = segmentImage.Id };
            segment.Footnotes.AddRange(segmentImage.Footnotes);
            segment.Terms.AddRange(segmentImage.Terms);
            segment.Placeables.AddRange(segmentImage.Placeables);
            block.Segments.Add(segment);
        }

        return block;
    }

    private sealed record DocumentImage(
        string Path,
        SourceFormat Format,
        string Sha256,
        DocumentKind Kind,
        string? Title,
        string? GlossaryVersion,
        SortedDictionary<string, string> Metadata,
        List<DocumentWarning> Warnings,
        List<BlockImage> Blocks);

    private sealed record BlockImage(
        string Id,
        BlockKind Kind,
        string? Number,
        string? Party,
        string? Answers,
        string? Label,
        int? Level,
        string Text,
        int? Line,
        List<string>? Cells,
        List<FootnoteAnchor> FootnoteAnchors,
        List<SegmentImage> Segments);

    private sealed record SegmentImage(
        string Id,
        int Start,
        string Text,
        List<string> Footnotes,
        List<TermSpan> Terms,
        List<Placeable> Placeables);
}
