using System.Globalization;
using System.Text.Json.Nodes;
using Publish.Documents;

namespace Publish.Rendering.Layouts;

/// <summary>Title, date and translation counts of a document: what templates and properties print.</summary>
internal sealed record DocumentFacts(string Title, string? SourceTitle, DateOnly Date, string? Author, int Segments, int Translated)
{
    public const string Generator = "Publish";

    public static DocumentFacts Of(TranslatedDocument document, RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var titleBlock = document.Source.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Title);
        var sourceTitle = document.Source.Title ?? titleBlock?.Text;
        string? englishTitle = titleBlock is not null && document.IsTranslated(titleBlock)
            ? string.Join(" ", titleBlock.Segments.Select(s => document.For(s).Target!.Trim()))
            : null;
        var segments = document.Source.Segments.ToList();
        return new DocumentFacts(
            options.Title ?? englishTitle ?? BlockLabels.FallbackTitle(document),
            sourceTitle,
            options.Date ?? DateOnly.FromDateTime(DateTime.Today),
            options.Author,
            segments.Count,
            segments.Count(s => document.For(s).HasTarget));
    }

    /// <summary>"4 March 2022": the date as a British reader writes it.</summary>
    public string DateText => Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public JsonObject ToTemplateModel(TranslatedDocument document) => new()
    {
        ["title"] = Title,
        ["source_title"] = SourceTitle,
        ["document_id"] = document.DocumentId,
        ["date"] = DateText,
        ["author"] = Author,
        ["segments"] = Segments,
        ["translated"] = Translated,
        ["untranslated"] = Segments - Translated,
    };
}
