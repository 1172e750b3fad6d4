using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Publish.Documents;

namespace Publish.Ingest.Docx;

/// <summary>
/// Reads a Word document (DOCX, ECMA-376 WordprocessingML) into the same <see cref="SourceLayout"/> the
/// text reader produces: body paragraphs and table rows in reading order with title, heading and list
/// hints, and footnote bodies with anchors where their references stood.
/// </summary>
/// <remarks>
/// Not read: headers, footers, comments, endnotes, text boxes and other drawing content. Everything the
/// SDK or the zip layer can throw is turned into a <see cref="PublishInputException"/> naming the file.
/// </remarks>
internal sealed class DocxSourceReader : ISourceReader
{
    public SourceLayout Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        DocxPackageGuard.Check(file);
        try
        {
            using var stream = new MemoryStream(file.Bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
            return ReadDocument(file, document);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
                                      or InvalidOperationException or ArgumentException or NotSupportedException
                                      or FormatException or KeyNotFoundException)
        {
            throw new PublishInputException(file.Path, $"is a corrupt DOCX ({OneLine(e.Message)})", inner: e);
        }
    }

    private static SourceLayout ReadDocument(SourceFile file, WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            throw new PublishInputException(file.Path, "is not a DOCX (no main document part)");
        }

        var layout = new SourceLayout(SourceFormat.Docx);
        var footnotes = new DocxFootnoteReader(main.FootnotesPart?.Footnotes);
        var walker = new DocxBodyWalker(
            new DocxStyleSheet(main.StyleDefinitionsPart?.Styles),
            new DocxNumberingCounter(main.NumberingDefinitionsPart?.Numbering),
            new DocxTextCollector(footnotes),
            layout);
        walker.Walk(body);
        footnotes.AddBodies(layout);

        if (document.PackageProperties.Title is { Length: > 0 } title)
        {
            layout.Metadata["docx.title"] = title.Trim();
        }

        return layout;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
