using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Tests.Ingest.Docx;

/// <summary>
/// Builds small DOCX files with the OpenXml SDK for reader tests: a style sheet with Title, Heading1 and
/// the Dutch "Kop1"/"Kop2" styles, a numbering part (numId 1 = bullets, numId 2 = "1." with "a)" below it), and
/// a footnotes part with Word's separator footnotes.
/// </summary>
internal sealed class DocxTestDocument
{
    public const int BulletList = 1;
    public const int NumberedList = 2;

    private readonly List<OpenXmlElement> _body = [];
    private readonly List<Footnote> _footnotes = [];
    private long _nextFootnoteId = 1;

    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public DocxTestDocument Add(OpenXmlElement element)
    {
        _body.Add(element);
        return this;
    }

    public DocxTestDocument Paragraph(params OpenXmlElement[] content) => Add(new Paragraph(content));

    public DocxTestDocument Paragraph(string text) => Paragraph(Run(text));

    public DocxTestDocument Styled(string styleId, string text) =>
        Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text)));

    public DocxTestDocument ListItem(int numId, int ilvl, string text) =>
        Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(
                new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId })),
            Run(text)));

    /// <summary>Creates footnote <paramref name="id"/> (or the next free id) and returns a run referencing it.</summary>
    public Run Footnote(string text, long? id = null, string? customMark = null)
    {
        var footnoteId = id ?? _nextFootnoteId;
        _nextFootnoteId = Math.Max(_nextFootnoteId, footnoteId) + 1;
        _footnotes.Add(new Footnote(
            new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                Run(" " + text)))
        { Id = footnoteId });

        var reference = new FootnoteReference { Id = footnoteId };
        if (customMark is null)
        {
            return new Run(reference);
        }

        reference.CustomMarkFollows = true;
        return new Run(reference, new Text(customMark));
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            var footnotes = new Footnotes(
                new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
            footnotes.Append(_footnotes.Select(f => f.CloneNode(true)));
            main.AddNewPart<FootnotesPart>().Footnotes = footnotes;
        }

        return stream.ToArray();
    }

    private static Styles Styles() => new(
        Style("Normal", "Normal", outlineLevel: null),
        Style("Title", "Title", outlineLevel: null),
        Style("Heading1", "heading 1", outlineLevel: 0),
        Style("Kop1", "heading 1", outlineLevel: 0),
        Style("Kop2", "heading 2", outlineLevel: 1),
        Style("Inhoud", "Inhoudskop", outlineLevel: 2),
        Style("Opsomming", "Opsomming", outlineLevel: null, numId: BulletList));

    private static Style Style(string id, string name, int? outlineLevel, int? numId = null)
    {
        var properties = new StyleParagraphProperties();
        if (numId is not null)
        {
            properties.Append(new NumberingProperties(new NumberingId { Val = numId }));
        }

        if (outlineLevel is not null)
        {
            properties.Append(new OutlineLevel { Val = outlineLevel });
        }

        return new Style(new StyleName { Val = name }, properties) { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static Numbering Numbering() => new(
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "\uF0B7")) { AbstractNumberId = 0 },
        new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1."),
            Level(1, NumberFormatValues.LowerLetter, "%2)")) { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = NumberedList });

    private static Level Level(int ilvl, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text })
        {
            LevelIndex = ilvl,
        };
}
