using System.Globalization;

namespace Publish.Rendering.Templates;

/// <summary>Page geometry in points (1/72 inch): A4 with the template's margins.</summary>
internal sealed record PageSettings(double Width, double Height, double Top, double Right, double Bottom, double Left)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>A4 (ISO 216: 210 × 297 mm) with 25 mm top and bottom and 22 mm side margins.</summary>
    public static PageSettings A4 { get; } = new(595.28, 841.89, 25 * PointsPerMillimetre, 22 * PointsPerMillimetre, 25 * PointsPerMillimetre, 22 * PointsPerMillimetre);

    public double BodyWidth => Width - Left - Right;

    public double BodyHeight => Height - Top - Bottom;

    /// <summary>A4 with the margins (in millimetres) that the front matter sets, e.g. <c>margin-top: 30</c>.</summary>
    public static PageSettings From(TemplateFile template)
    {
        ArgumentNullException.ThrowIfNull(template);
        double Margin(string side, double fallback) =>
            template.Settings.TryGetValue("margin-" + side, out var value)
                ? Millimetres(template, "margin-" + side, value) * PointsPerMillimetre
                : fallback;

        return A4 with { Top = Margin("top", A4.Top), Right = Margin("right", A4.Right), Bottom = Margin("bottom", A4.Bottom), Left = Margin("left", A4.Left) };
    }

    private static double Millimetres(TemplateFile template, string key, string value)
    {
        var number = value.EndsWith("mm", StringComparison.Ordinal) ? value[..^2].Trim() : value;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var mm) || mm < 5 || mm > 60)
        {
            throw new PublishInputException(template.Path, $"{key} must be a margin between 5 and 60 mm, not '{value}'");
        }

        return mm;
    }
}
