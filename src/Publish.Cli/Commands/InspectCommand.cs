using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Publish.Documents;
using Publish.Ingest;
using Publish.Ingest.Pdf;

namespace Publish.Cli.Commands;

/// <summary>
/// <c>publish inspect FILE.pdf [--json]</c>: every line of every page with the role the PDF reader gave it, its font
/// size and position, and the document statistics the roles were derived from, so a user can see why text went
/// where (body, footnote, running footer, colophon…).
/// </summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A PDF document." };
        var json = new Option<bool>("--json") { Description = "Write JSON instead of a table." };
        var command = new Command("inspect", "Show how a PDF's lines were classified: role, font size and position per page.") { file, json };
        command.SetAction(parse => CliErrors.Guard(() => Run(parse.GetValue(file)!, parse.GetValue(json))));
        return command;
    }

    private static int Run(string path, bool json)
    {
        var source = SourceFile.Load(path);
        if (SourceFormatSniffer.Detect(source) != SourceFormat.Pdf)
        {
            throw new PublishInputException(path, "is not a PDF; inspect shows the layout of PDF documents only");
        }

        var analysis = PdfLayoutAnalysis.Analyze(source);
        using var stdout = Console.OpenStandardOutput();
        if (json)
        {
            WriteJson(analysis, stdout);
        }
        else
        {
            using var text = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true);
            WriteTable(analysis, text);
        }

        return 0;
    }

    private static void WriteTable(PdfLayoutAnalysis analysis, TextWriter output)
    {
        var stats = analysis.Statistics;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"body {stats.BodySize:0.##} pt, column x {stats.BodyLeft:0.#}–{stats.BodyRight:0.#}, line spacing {stats.LineSpacing:0.##} pt, {analysis.Footnotes.Count} footnotes"));
        foreach (var (key, value) in analysis.Metadata)
        {
            output.WriteLine($"metadata {key}: {value}");
        }

        foreach (var page in analysis.Pages)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page {page.Number} ({page.Width:0.#} × {page.Height:0.#} pt)"));
            foreach (var line in page.Lines)
            {
                var markers = line.Raised.Count == 0 ? "" : " [" + string.Join(' ', line.Raised.Select(r => "^" + r.Digits)) + "]";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {line.Number,4} {RoleName(line.Role),-14} {line.Size,5:0.00} x{line.Left,6:0.0} y{line.Baseline,6:0.0}  {line.Text}{markers}"));
            }
        }
    }

    private static void WriteJson(PdfLayoutAnalysis analysis, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("bodySize", Math.Round(analysis.Statistics.BodySize, 2));
        json.WriteNumber("lineSpacing", Math.Round(analysis.Statistics.LineSpacing, 2));
        json.WriteNumber("footnotes", analysis.Footnotes.Count);
        json.WriteStartObject("metadata");
        foreach (var (key, value) in analysis.Metadata)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteStartArray("pages");
        foreach (var page in analysis.Pages)
        {
            json.WriteStartObject();
            json.WriteNumber("number", page.Number);
            json.WriteNumber("width", Math.Round(page.Width, 2));
            json.WriteNumber("height", Math.Round(page.Height, 2));
            json.WriteStartArray("lines");
            foreach (var line in page.Lines)
            {
                json.WriteStartObject();
                json.WriteNumber("line", line.Number);
                json.WriteString("role", RoleName(line.Role));
                json.WriteNumber("size", Math.Round(line.Size, 2));
                json.WriteNumber("x", Math.Round(line.Left, 2));
                json.WriteNumber("y", Math.Round(line.Baseline, 2));
                json.WriteNumber("width", Math.Round(line.Geometry.Width, 2));
                json.WriteString("font", line.Geometry.FontName);
                json.WriteString("text", line.Text);
                json.WriteStartArray("raised");
                foreach (var raised in line.Raised)
                {
                    json.WriteStringValue(raised.Digits);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The role in kebab case, as the JSON contract spells its enums: "footnote-body", "running-footer".</summary>
    private static string RoleName(PdfLineRole role) =>
        string.Concat(role.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
