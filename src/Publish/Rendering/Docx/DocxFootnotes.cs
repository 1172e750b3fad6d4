using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Rendering.Content;

namespace Publish.Rendering.Docx;

/// <summary>
/// The footnotes part (ECMA-376 §17.11). A linked reference creates the note; its mark is the source's
/// own number (w:customMarkFollows, §17.11.14), so notes keep the numbers the Dutch text cites even
/// where the source skips one. Ids -1 and 0 are the separator notes Word expects.
/// </summary>
internal sealed class DocxFootnotes
{
    private readonly Footnotes part = new(
        new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
        new DocumentFormat.OpenXml.Wordprocessing.Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });

    private readonly IReadOnlyDictionary<string, Content.Footnote> footnotes;
    private int nextId = 1;

    public DocxFootnotes(IReadOnlyDictionary<string, Content.Footnote> footnotes) => this.footnotes = footnotes;

    public int Count => nextId - 1;

    public Run Reference(NoteReference note)
    {
        if (!note.Linked || !footnotes.TryGetValue(note.Number, out var footnote))
        {
            return DocxRuns.Mark(note.Number, note.Language);
        }

        int id = nextId++;
        var body = new DocumentFormat.OpenXml.Wordprocessing.Footnote { Id = id };
        bool first = true;
        foreach (var paragraph in footnote.Paragraphs)
        {
            var element = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.FootnoteText }));
            if (first)
            {
                element.Append(DocxRuns.Mark(footnote.Number, paragraph.Language), DocxRuns.Text(new TextRun(" ", paragraph.Language)));
            }

            foreach (var inline in paragraph.Inlines.OfType<TextRun>())
            {
                element.Append(DocxRuns.Text(inline));
            }

            body.Append(element);
            first = false;
        }

        part.Append(body);
        var reference = DocxRuns.Mark(note.Number, note.Language);
        reference.InsertBefore(new FootnoteReference { Id = id, CustomMarkFollows = OnOffValue.FromBoolean(true) }, reference.GetFirstChild<Text>());
        return reference;
    }

    public void Save(MainDocumentPart main)
    {
        main.AddNewPart<FootnotesPart>().Footnotes = part;
    }
}
