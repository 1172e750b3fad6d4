using Publish.Rendering.Content;

namespace Publish.Rendering.Docx;

/// <summary>The style ids the body refers to; <see cref="DocxStyles"/> defines each exactly once.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Body = "BodyText";
    public const string Label = "QaLabel";
    public const string Question = "Question";
    public const string Meta = "DocumentMeta";
    public const string Letter = "LetterPart";
    public const string ListItem = "ListItem";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeading";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Untranslated = "Untranslated";
    public const string UntranslatedMarker = "UntranslatedMarker";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Table = "BilingualTable";

    public static string Heading(int level) => "Heading" + level;

    public static string Of(ParagraphRole role, bool inTable) => role switch
    {
        ParagraphRole.Label => Label,
        ParagraphRole.Question => inTable ? TableText : Question,
        ParagraphRole.Meta => Meta,
        ParagraphRole.Salutation or ParagraphRole.Closing or ParagraphRole.Signature => inTable ? TableText : Letter,
        ParagraphRole.ListItem => ListItem,
        ParagraphRole.TableHeader => TableHeader,
        _ => inTable ? TableText : Body,
    };

    public static string? Of(RunStyle style) => style switch
    {
        RunStyle.Untranslated => Untranslated,
        RunStyle.UntranslatedMarker => UntranslatedMarker,
        _ => null,
    };
}
