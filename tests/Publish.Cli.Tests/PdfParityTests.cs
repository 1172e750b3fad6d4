using System.Diagnostics;
using System.Text.Json;

namespace Publish.Cli.Tests;

/// <summary>
/// All 16 PDFs in samples/pdf segmented twice: from the PDF itself, and from its <c>pdftotext</c> extraction (poppler;
/// installed when missing) read as plain text. Each place where the segment lists disagree must be explained in
/// Data/pdf-parity-differences.tsv, and each explanation there must still be needed.
/// </summary>
public class PdfParityTests
{
    private static readonly string DifferencesFile = Path.Combine(PublishProcess.RepositoryRoot, "tests", "Publish.Cli.Tests", "Data", "pdf-parity-differences.tsv");

    [Fact]
    public void Every_difference_between_a_PDF_and_its_pdftotext_extraction_is_explained()
    {
        var pdftotext = SystemTools.Require("pdftotext", "poppler-utils");
        var names = Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "samples", "pdf"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(16, names.Count);
        var directory = Directory.CreateTempSubdirectory("publish-pdf-parity-");
        try
        {
            var extractions = names.Select(pdf => Extract(pdftotext, pdf, directory.FullName)).ToList();
            var (code, stdout, stderr) = PublishProcess.Run(["segment", .. names, .. extractions]);
            Assert.True(code == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            var documents = json.RootElement.EnumerateArray().Select(Segments).ToList();

            var found = names.SelectMany((pdf, i) => PdfSegmentAlignment.Differences(Path.GetFileNameWithoutExtension(pdf), documents[i], documents[names.Count + i])).ToList();
            var explained = ReadExplanations();

            var unexplained = found.Where(d => !explained.ContainsKey(d.Key)).Select(d => d.Key + "\t").ToList();
            var stale = explained.Keys.Except(found.Select(d => d.Key)).ToList();
            Assert.True(unexplained.Count == 0 && stale.Count == 0,
                $"unexplained differences (add them with a reason to {DifferencesFile}):\n{string.Join('\n', unexplained)}\n"
                + $"listed differences that no longer occur (remove them):\n{string.Join('\n', stale)}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_listed_difference_names_a_sample_and_gives_a_reason()
    {
        var samples = Directory.GetFiles(Path.Combine(PublishProcess.RepositoryRoot, "samples", "pdf"), "*.pdf").Select(Path.GetFileNameWithoutExtension).ToHashSet();

        Assert.All(File.ReadAllLines(DifferencesFile).Skip(1).Where(l => !l.StartsWith('#')), row =>
        {
            var columns = row.Split('\t');
            Assert.Equal(4, columns.Length);
            Assert.Contains(columns[0], samples);
            Assert.True(columns[1].Length + columns[2].Length > 0, row);
            Assert.True(columns[3].Length >= 20, "reason too short to explain anything: " + row);
        });
    }

    [Theory]
    [InlineData("a b c", "a b c", "")]
    [InlineData("a b c", "a x c", "b/x")]
    [InlineData("a b c d", "a bc d", "b‖c/bc")]
    [InlineData("a b", "a b z", "/z")]
    [InlineData("q a b", "a b", "q/")]
    [InlineData("a b c d e", "a x c e", "b/x;d/")]
    public void Alignment_reports_each_run_between_common_segments_once(string fromPdf, string fromText, string expected)
    {
        var differences = PdfSegmentAlignment.Differences("f", fromPdf.Split(' '), fromText.Split(' '));

        Assert.Equal(expected, string.Join(';', differences.Select(d => string.Join('‖', d.FromPdf) + "/" + string.Join('‖', d.FromText))));
    }

    private static string Extract(string pdftotext, string pdf, string directory)
    {
        var output = Path.Combine(directory, Path.GetFileNameWithoutExtension(pdf) + ".txt");
        var start = new ProcessStartInfo(pdftotext) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-enc", "UTF-8", pdf, output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr);
        return output;
    }

    /// <summary>Each segment as its text, followed by the footnotes it cites ("… rapport. [1]"), so a lost or extra citation is a difference.</summary>
    private static List<string> Segments(JsonElement document) =>
        [.. document.GetProperty("blocks").EnumerateArray()
            .SelectMany(b => b.GetProperty("segments").EnumerateArray())
            .Select(s => (s.GetProperty("text").GetString()!, s.GetProperty("footnotes").EnumerateArray().Select(f => f.GetString()).ToList()))
            .Select(s => s.Item2.Count == 0 ? s.Item1 : $"{s.Item1} [{string.Join(',', s.Item2)}]")];

    /// <summary>Rows of file, segments from the PDF, segments from the text (several joined by " ‖ "), reason; '#' lines are comments.</summary>
    private static Dictionary<string, string> ReadExplanations() =>
        File.ReadAllLines(DifferencesFile).Skip(1).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => string.Join('\t', c[..3]), c => c[3], StringComparer.Ordinal);
}
