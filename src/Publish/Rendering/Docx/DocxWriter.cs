using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Rendering.Content;
using Publish.Rendering.Layouts;

namespace Publish.Rendering.Docx;

/// <summary>Writes rendered content as a WordprocessingML package (ECMA-376).</summary>
internal static class DocxWriter
{
    public static void Write(RenderContent content, Stream output)
    {
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(content.Language);
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new DefaultTabStop { Val = 425 },
            new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
            new ThemeFontLanguages { Val = content.Language });

        var notes = new DocxFootnotes(content.Footnotes);
        var body = new DocxBody(new DocxRuns(notes), content.Page.BodyWidth);
        var document = new Body();
        foreach (var block in content.Blocks)
        {
            document.Append(body.Elements(block));
        }

        notes.Save(main);
        document.Append(DocxPageParts.Section(main, content));
        main.Document = new Document(document);
        SetProperties(package, content);
    }

    /// <summary>Core properties (OPC, ECMA-376 Part 2 §11) and the application name (extended properties).</summary>
    private static void SetProperties(WordprocessingDocument package, RenderContent content)
    {
        var properties = package.PackageProperties;
        properties.Title = content.Title;
        properties.Subject = content.Subject;
        properties.Creator = content.Author;
        properties.Language = content.Language;
        var date = content.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Created = date;
        properties.Modified = date;
        var extended = package.AddExtendedFilePropertiesPart();
        extended.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
            new DocumentFormat.OpenXml.ExtendedProperties.Application(DocumentFacts.Generator));
    }
}
