using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Rendering.Content;

namespace Publish.Rendering.Docx;

/// <summary>
/// Inlines as runs. Every run carries its language (ECMA-376 §17.3.2.20 w:lang) so spell-checkers and
/// screen readers switch between Dutch and English per passage.
/// </summary>
internal sealed class DocxRuns(DocxFootnotes notes)
{
    public Paragraph Paragraph(string styleId, IEnumerable<Inline> inlines)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        foreach (var inline in inlines)
        {
            paragraph.Append(Run(inline));
        }

        return paragraph;
    }

    public Run Run(Inline inline) => inline switch
    {
        TextRun text => Text(text),
        NoteReference note => notes.Reference(note),
        _ => throw new ArgumentOutOfRangeException(nameof(inline)),
    };

    public static Run Text(TextRun text)
    {
        var properties = new RunProperties();
        if (DocxStyleIds.Of(text.Style) is { } style)
        {
            properties.Append(new DocumentFormat.OpenXml.Wordprocessing.RunStyle { Val = style });
        }

        if (text.Style == Content.RunStyle.Strong)
        {
            properties.Append(new Bold());
        }
        else if (text.Style == Content.RunStyle.Emphasis)
        {
            properties.Append(new Italic());
        }

        properties.Append(new Languages { Val = text.Language });
        return new Run(properties, new Text(text.Text) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Run Mark(string number, string language) =>
        new(new RunProperties(new DocumentFormat.OpenXml.Wordprocessing.RunStyle { Val = DocxStyleIds.FootnoteReference }, new Languages { Val = language }), new Text(number));
}
