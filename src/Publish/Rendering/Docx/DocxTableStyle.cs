using DocumentFormat.OpenXml.Wordprocessing;

namespace Publish.Rendering.Docx;

/// <summary>The bilingual table's style: thin grey rules between rows and columns, a dark header row.</summary>
internal static class DocxTableStyle
{
    public static Style Create()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.Table };
        style.Append(
            new StyleName { Val = "Bilingual Table" },
            new PrimaryStyle(),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "9CA3AF" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "D1D5DB" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "D1D5DB" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "1F3A5F" }))
            { Type = TableStyleOverrideValues.FirstRow });
        return style;
    }
}
