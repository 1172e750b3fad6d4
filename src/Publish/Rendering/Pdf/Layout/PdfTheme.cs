using PdfSharp.Drawing;
using Publish.Rendering.Content;

namespace Publish.Rendering.Pdf.Layout;

/// <summary>Every look of the PDF, defined once: the PDF counterpart of the DOCX style sheet.</summary>
internal static class PdfTheme
{
    public static readonly XColor Ink = XColor.FromArgb(0x1F, 0x23, 0x28);
    public static readonly XColor Accent = XColor.FromArgb(0x1F, 0x3A, 0x5F);
    public static readonly XColor Muted = XColor.FromArgb(0x4B, 0x55, 0x63);
    public static readonly XColor Flag = XColor.FromArgb(0x9A, 0x34, 0x12);
    public static readonly XColor FlagFill = XColor.FromArgb(0xFD, 0xE7, 0xD9);
    public static readonly XColor Rule = XColor.FromArgb(0xD1, 0xD5, 0xDB);
    public static readonly XColor HeaderFill = Accent;

    public static readonly TextStyle Body = new(FontFace.Serif, 10.5, Ink, 1.35);
    public static readonly TextStyle TableText = new(FontFace.Serif, 9.5, Ink, 1.3);
    public static readonly TextStyle Footnote = new(FontFace.Serif, 8, Ink, 1.25);
    public static readonly TextStyle Running = new(FontFace.Sans, 8, Muted);
    public static readonly TextStyle Meta = new(FontFace.Sans, 9, Muted);
    public static readonly TextStyle Label = new(FontFace.SansBold, 9.5, Accent);
    public static readonly TextStyle TableHeader = new(FontFace.SansBold, 9, XColors.White);

    public const double CellPadding = 4.5;
    public const double NoteGap = 3;

    public static TextStyle Heading(int level) => level switch
    {
        1 => new(FontFace.SansBold, 17, Accent, 1.2),
        2 => new(FontFace.SansBold, 13, Accent, 1.25),
        _ => new(FontFace.SansBold, 11, Accent, 1.25),
    };

    /// <summary>Space above a block, in points; nothing at the top of a page or cell.</summary>
    public static double SpaceBefore(ContentBlock block, bool inTable) => block switch
    {
        HeadingBlock { Level: 1 } => 0,
        HeadingBlock => inTable ? 2 : 12,
        ParagraphBlock { Role: ParagraphRole.Label } => inTable ? 0 : 6,
        ParagraphBlock { Role: ParagraphRole.Meta } => 0,
        TableBlock => 10,
        ParagraphBlock { Role: ParagraphRole.Salutation } => 10,
        _ => inTable ? 3 : 0,
    };

    public static double SpaceAfter(ContentBlock block, bool inTable) => block switch
    {
        HeadingBlock { Level: 1 } => 8,
        HeadingBlock => inTable ? 2 : 4,
        ParagraphBlock { Role: ParagraphRole.Label } => 1,
        ParagraphBlock { Role: ParagraphRole.Meta } => 1,
        _ => inTable ? 0 : 6,
    };

    /// <summary>The base style of a block; runs may switch face (bold, italic) on top of it.</summary>
    public static TextStyle Of(ContentBlock block, bool inTable) => block switch
    {
        HeadingBlock heading => Heading(heading.Level),
        ParagraphBlock { Role: ParagraphRole.Label } => Label,
        ParagraphBlock { Role: ParagraphRole.Meta } => Meta,
        ParagraphBlock { Role: ParagraphRole.TableHeader } => TableHeader,
        ParagraphBlock { Role: ParagraphRole.Question } when !inTable => Body.WithFace(FontFace.SerifItalic),
        _ => inTable ? TableText : Body,
    };

    /// <summary>Justified body text; ragged right in narrow table columns, headings and letter parts.</summary>
    public static bool Justify(ContentBlock block, bool inTable) =>
        !inTable && block is ParagraphBlock { Role: ParagraphRole.Body or ParagraphRole.Question or ParagraphRole.ListItem };

    public static double Indent(ContentBlock block, bool inTable) => !inTable && block is ParagraphBlock { Role: ParagraphRole.Question } ? 14 : 0;

    public static TextStyle Run(TextStyle paragraph, RunStyle style) => style switch
    {
        RunStyle.Strong => paragraph.WithFace(paragraph.Face is FontFace.Sans or FontFace.SansBold ? FontFace.SansBold : FontFace.SerifBold),
        RunStyle.Emphasis => paragraph.WithFace(FontFace.SerifItalic),
        RunStyle.Untranslated => paragraph with { Face = FontFace.SerifItalic, Color = Muted },
        RunStyle.UntranslatedMarker => paragraph with { Face = FontFace.SansBold, Size = Math.Round(paragraph.Size * 0.8, 1), Color = Flag },
        _ => paragraph,
    };
}
