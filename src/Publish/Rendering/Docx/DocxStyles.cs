using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Rendering.Docx;

/// <summary>
/// The style sheet (ECMA-376 Part 1 §17.7): every look the body uses is a named style defined here once;
/// the body only refers to style ids. Fonts are Times New Roman and Arial, which LibreOffice maps to the
/// metric-compatible Liberation fonts the PDF embeds.
/// </summary>
internal static class DocxStyles
{
    private const string Serif = "Times New Roman";
    private const string Sans = "Arial";
    private const string Accent = "1F3A5F";
    private const string Flag = "9A3412";

    public static Styles Create(string language)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Serif, HighAnsi = Serif, ComplexScript = Serif, EastAsia = Serif },
                    new FontSize { Val = "21" },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(Paragraph(DocxStyleIds.Normal, "Normal", null, @default: true));
        styles.Append(Paragraph(DocxStyleIds.Body, "Body Text", new ParagraphProperties(Space(0, 120), new Justification { Val = JustificationValues.Both })));
        for (int level = 1; level <= 3; level++)
        {
            styles.Append(Heading(level));
        }

        styles.Append(Paragraph(DocxStyleIds.Label, "Q&A Label", new ParagraphProperties(new KeepNext(), Space(120, 40)), SansRun(true, 20, Accent)));
        styles.Append(Paragraph(DocxStyleIds.Question, "Question", new ParagraphProperties(Space(0, 120), new Indentation { Left = "284" }, new Justification { Val = JustificationValues.Both }), new StyleRunProperties(new Italic())));
        styles.Append(Paragraph(DocxStyleIds.Meta, "Document Meta", new ParagraphProperties(Space(0, 40)), SansRun(false, 18, "4B5563")));
        styles.Append(Paragraph(DocxStyleIds.Letter, "Letter Part", new ParagraphProperties(Space(0, 120))));
        styles.Append(Paragraph(DocxStyleIds.ListItem, "List Item", new ParagraphProperties(Space(0, 60), new Indentation { Left = "425", Hanging = "283" })));
        styles.Append(Paragraph(DocxStyleIds.TableText, "Table Text", new ParagraphProperties(Space(0, 80)), new StyleRunProperties(new FontSize { Val = "19" })));
        styles.Append(Paragraph(DocxStyleIds.TableHeader, "Table Heading", new ParagraphProperties(new KeepNext(), Space(40, 40)), SansRun(true, 18, "FFFFFF")));
        styles.Append(Paragraph(DocxStyleIds.FootnoteText, "footnote text", new ParagraphProperties(Space(0, 40)), new StyleRunProperties(new FontSize { Val = "16" })));
        styles.Append(Paragraph(DocxStyleIds.Header, "header", new ParagraphProperties(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF", Space = 4 })), SansRun(false, 16, "4B5563")));
        styles.Append(Paragraph(DocxStyleIds.Footer, "footer", new ParagraphProperties(new Justification { Val = JustificationValues.Right }), SansRun(false, 16, "4B5563")));
        styles.Append(Character(DocxStyleIds.FootnoteReference, "footnote reference", new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })));
        styles.Append(Character(DocxStyleIds.Untranslated, "Untranslated", new StyleRunProperties(new Italic(), new Color { Val = "6B7280" })));
        styles.Append(Character(DocxStyleIds.UntranslatedMarker, "Untranslated Marker", new StyleRunProperties(
            new RunFonts { Ascii = Sans, HighAnsi = Sans }, new Bold(), new Color { Val = Flag }, new FontSize { Val = "17" },
            new Shading { Val = ShadingPatternValues.Clear, Fill = "FDE7D9", Color = "auto" })));
        styles.Append(DocxTableStyle.Create());
        return styles;
    }

    private static Style Heading(int level)
    {
        int[] sizes = [32, 26, 22];
        var properties = new ParagraphProperties(new KeepNext(), new KeepLines(), Space(level == 1 ? 0 : 240, level == 1 ? 120 : 80), new OutlineLevel { Val = level - 1 });
        return Paragraph(DocxStyleIds.Heading(level), "heading " + level, properties, SansRun(true, sizes[level - 1], Accent), next: DocxStyleIds.Body);
    }

    private static SpacingBetweenLines Space(int before, int after) => new() { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static StyleRunProperties SansRun(bool bold, int halfPoints, string color)
    {
        var run = new StyleRunProperties(new RunFonts { Ascii = Sans, HighAnsi = Sans, ComplexScript = Sans });
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new Color { Val = color }, new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return run;
    }

    private static Style Paragraph(string id, string name, ParagraphProperties? paragraph, StyleRunProperties? run = null, bool @default = false, string? next = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = @default ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != DocxStyleIds.Normal)
        {
            style.Append(new BasedOn { Val = DocxStyleIds.Normal });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(c => c.CloneNode(true))));
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style Character(string id, string name, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleName { Val = name }, new PrimaryStyle(), run);
        return style;
    }
}
