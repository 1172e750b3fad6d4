using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Publish.Segmentation;

/// <summary>
/// A parsed SRX 2.0 file: the header flags, the language rules and the map from language codes to rules.
/// Read with DTDs prohibited and no resolver, so a file cannot pull in external entities; anything we cannot use
/// is refused with a <see cref="PublishInputException"/> naming the file and line.
/// </summary>
internal sealed class SrxDocument
{
    private readonly Dictionary<string, SrxLanguageRule> _languageRules;

    private SrxDocument(
        bool segmentSubflows, bool cascade, Dictionary<string, SrxLanguageRule> languageRules, IReadOnlyList<SrxLanguageMap> maps)
    {
        SegmentSubflows = segmentSubflows;
        Cascade = cascade;
        _languageRules = languageRules;
        LanguageMaps = maps;
    }

    /// <summary>SRX 2.0 §2.3 <c>segmentsubflows</c>; kept for callers that segment inline subflows.</summary>
    public bool SegmentSubflows { get; }

    /// <summary>SRX 2.0 §2.3 <c>cascade</c>: whether every matching language map contributes rules, or only the first.</summary>
    public bool Cascade { get; }

    public IReadOnlyDictionary<string, SrxLanguageRule> LanguageRules => _languageRules;

    public IReadOnlyList<SrxLanguageMap> LanguageMaps { get; }

    public static SrxDocument Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <param name="stream">The SRX XML.</param>
    /// <param name="sourceName">File name used in error messages.</param>
    public static SrxDocument Load(Stream stream, string sourceName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        // SRX files are small; keeping the bytes lets us point at the DOCTYPE line, which the exception lacks.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        using var reader = XmlReader.Create(buffer, settings);
        XDocument xml;
        try
        {
            xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new PublishInputException(
                sourceName,
                "SRX files may not contain a DOCTYPE or entity declarations (refused for safety)",
                DoctypeLine(buffer),
                ex);
        }
        catch (XmlException ex)
        {
            throw new PublishInputException(sourceName, $"malformed SRX XML: {ex.Message}", ex.LineNumber > 0 ? ex.LineNumber : null, ex);
        }

        return new SrxDocumentReader(sourceName).Read(xml);
    }

    /// <summary>
    /// The rules that apply to <paramref name="languageCode"/>, in order (SRX 2.0 §2.5): with cascade, the rules of
    /// every matching language map one after the other; without, only those of the first matching map.
    /// </summary>
    public IReadOnlyList<SrxRule> RulesFor(string languageCode)
    {
        var rules = new List<SrxRule>();
        foreach (var map in LanguageMaps)
        {
            if (!Regex.IsMatch(languageCode, $"^(?:{map.LanguagePattern})$", RegexOptions.CultureInvariant))
            {
                continue;
            }

            rules.AddRange(_languageRules[map.LanguageRuleName].Rules);
            if (!Cascade)
            {
                break;
            }
        }

        return rules;
    }

    private static int? DoctypeLine(MemoryStream buffer)
    {
        var text = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var at = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        return at < 0 ? null : 1 + text.AsSpan(0, at).Count('\n');
    }

    /// <summary>Builds the document from checked parts; used by <see cref="SrxDocumentReader"/> only.</summary>
    internal static SrxDocument Create(
        bool segmentSubflows, bool cascade, Dictionary<string, SrxLanguageRule> rules, IReadOnlyList<SrxLanguageMap> maps) =>
        new(segmentSubflows, cascade, rules, maps);
}
