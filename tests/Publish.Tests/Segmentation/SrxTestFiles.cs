using System.Text;
using Publish.Segmentation;

namespace Publish.Tests.Segmentation;

/// <summary>Builds small SRX documents for engine tests and finds files kept next to the tests.</summary>
internal static class SrxTestFiles
{
    public static SrxDocument Parse(string xml) => SrxDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.srx");

    /// <summary>An SRX 2.0 document with the given cascade flag, language rules and maps (XML fragments).</summary>
    public static string Srx(bool cascade, string languageRules, string mapRules) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <srx xmlns="http://www.lisa.org/srx20" version="2.0">
          <header segmentsubflows="yes" cascade="{(cascade ? "yes" : "no")}"/>
          <body>
            <languagerules>{languageRules}</languagerules>
            <maprules>{mapRules}</maprules>
          </body>
        </srx>
        """;

    public static string Rule(bool isBreak, string before, string after) =>
        $"<rule break=\"{(isBreak ? "yes" : "no")}\"><beforebreak>{before}</beforebreak><afterbreak>{after}</afterbreak></rule>";

    public static string[] Segments(SrxSegmenter segmenter, string text) =>
        [.. segmenter.Split(text).Select(r => text.Substring(r.Start, r.Length))];

    /// <summary>A path inside the repository, found by walking up from the test binaries.</summary>
    public static string InRepository(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
