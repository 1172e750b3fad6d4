using System.Diagnostics;
using Publish.Cli.Tests;

namespace Publish.Tests.Rendering;

/// <summary>poppler-utils and qpdf, run on a rendered PDF; installed by <see cref="SystemTools"/> when missing.</summary>
internal static class PdfTools
{
    public static string Run(string tool, params string[] arguments)
    {
        var path = SystemTools.Require(tool, tool == "qpdf" ? "qpdf" : "poppler-utils");
        var start = new ProcessStartInfo(path) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', arguments)} failed: {error.Result}");
        return output.Result;
    }

    /// <summary>The PDF's objects as text: uncompressed, no object streams (qpdf QDF mode).</summary>
    public static string Objects(string pdf)
    {
        var qdf = pdf + ".qdf";
        try
        {
            // PDFsharp leaves a newline after compressed streams; qpdf warns about it (exit 3) unless told not to.
            Run("qpdf", "--warning-exit-0", "--qdf", "--object-streams=disable", pdf, qdf);
            return File.ReadAllText(qdf, System.Text.Encoding.Latin1);
        }
        finally
        {
            File.Delete(qdf);
        }
    }
}
