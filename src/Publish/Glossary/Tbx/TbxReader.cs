using System.Xml;
using System.Xml.Linq;

namespace Publish.Glossary.Tbx;

/// <summary>
/// Reads glossary entries from TBX: the TBX v3 core structure that <see cref="TbxWriter"/> writes
/// (tbx/conceptEntry/langSec/termSec, ISO 30042:2019) and, because the mapping is the same, TBX 2008
/// (martif/termEntry/langSet/tig or ntig, ISO 30042:2008). Elements are matched by local name, so DCA and
/// namespace-less files both work. Untrusted input: no DTDs, no external resources, bounded size.
/// </summary>
internal static class TbxReader
{
    /// <summary>Far above any real glossary (ours is a few hundred KB), low enough to keep memory bounded.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    public static IReadOnlyList<GlossaryEntry> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PublishInputException(path, Directory.Exists(path) ? "is a directory" : "file not found");
        }

        if (new FileInfo(path).Length > MaxBytes)
        {
            throw new PublishInputException(path, $"is larger than {MaxBytes / (1024 * 1024)} MB; refusing to read it as TBX");
        }

        var root = Load(path);
        if (root.Name.LocalName is not ("tbx" or "martif"))
        {
            throw new PublishInputException(path, $"not a TBX document: the root element is <{root.Name.LocalName}>, expected <tbx> or <martif>", LineOf(root));
        }

        var entries = root.Descendants().Where(e => e.Name.LocalName is "conceptEntry" or "termEntry").Select(e => TbxConceptReader.Read(e, path)).ToList();
        var seen = new Dictionary<string, GlossaryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!seen.TryAdd(entry.Id, entry))
            {
                throw new PublishInputException(path, $"duplicate id '{entry.Id}': also at line {seen[entry.Id].Line}", entry.Line);
            }
        }

        return entries;
    }

    internal static int? LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static XElement Load(string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            MaxCharactersFromEntities = 0,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };
        using var stream = File.OpenRead(path);
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            return XDocument.Load(reader, LoadOptions.SetLineInfo).Root
                ?? throw new PublishInputException(path, "no root element");
        }
        catch (XmlException e)
        {
            bool doctype = e.Message.Contains("DTD", StringComparison.Ordinal);

            // The DTD refusal carries no position, so find the declaration ourselves (the size is bounded above).
            int line = doctype ? LineOfDoctype(path) : e.LineNumber;
            var message = doctype
                ? "DOCTYPE is not allowed in TBX input (DTDs and entities are refused)"
                : "malformed XML: " + string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            throw new PublishInputException(path, message, line > 0 ? line : null, e);
        }
    }

    private static int LineOfDoctype(string path)
    {
        int line = 1;
        foreach (var text in File.ReadLines(path))
        {
            if (text.Contains("<!DOCTYPE", StringComparison.Ordinal))
            {
                return line;
            }

            line++;
        }

        return 0;
    }
}
