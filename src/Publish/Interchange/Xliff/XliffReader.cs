using System.Text;
using System.Xml;
using System.Xml.Linq;
using Publish.Documents;

namespace Publish.Interchange.Xliff;

/// <summary>One translatable unit read from an XLIFF file, with the line it starts on.</summary>
public sealed record XliffUnit(string Original, string Id, int Line, string Source, string? Target, TranslationStatus Status);

/// <summary>
/// Reads XLIFF 2.x and 1.2 files: the units of every <c>&lt;file&gt;</c> with their plain source and target
/// (placeholders dropped, text of paired codes kept) and their status. Hostile XML is refused: no DTD is
/// processed (a DOCTYPE is an error, so no entity is ever expanded or fetched) and there is no resolver.
/// </summary>
public static class XliffReader
{
    private static readonly XNamespace Ns2 = XliffWriter.Namespace2;
    private static readonly XNamespace Ns12 = XliffWriter.Namespace12;

    // Translate Toolkit's po2xliff writes XLIFF 1.1, which has the same elements as 1.2 for what is read here.
    private static readonly XNamespace Ns11 = "urn:oasis:names:tc:xliff:document:1.1";

    /// <exception cref="PublishInputException">The file is not well-formed, not XLIFF, or hostile; names the line.</exception>
    public static IReadOnlyList<XliffUnit> Read(string path)
    {
        XDocument document;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = 200_000_000,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            if (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                // The exception for a prohibited DTD carries no position; the DOCTYPE's line is found by reading the text.
                throw new PublishInputException(path, "a DOCTYPE (DTD) is not allowed in an XLIFF file: refused, since its entities could expand without limit or read other files", DoctypeLine(path), e);
            }

            throw new PublishInputException(path, "not a valid XLIFF file: " + e.Message, e.LineNumber > 0 ? e.LineNumber : null, e);
        }
        catch (FileNotFoundException e)
        {
            throw new PublishInputException(path, "file not found", inner: e);
        }

        var root = document.Root!;
        if (root.Name == Ns2 + "xliff")
        {
            return Read2(path, root).ToList();
        }

        if (root.Name == Ns12 + "xliff" || root.Name == Ns11 + "xliff")
        {
            return Read12(path, root, root.Name.Namespace).ToList();
        }

        throw new PublishInputException(path, $"not XLIFF 2.x or 1.2: the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}'", Line(root));
    }

    private static int? DoctypeLine(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Contains("<!DOCTYPE", StringComparison.Ordinal))
            {
                return number;
            }
        }

        return null;
    }

    private static IEnumerable<XliffUnit> Read2(string path, XElement root)
    {
        foreach (var file in root.Elements(Ns2 + "file"))
        {
            var original = Original(path, file);
            foreach (var unit in file.Descendants(Ns2 + "unit"))
            {
                var segments = unit.Elements(Ns2 + "segment").ToList();
                if (segments.Count != 1)
                {
                    throw new PublishInputException(path, $"unit '{Id(path, unit)}' has {segments.Count} segments; Publish writes one per unit and cannot map a split or merged one back", Line(unit));
                }

                var segment = segments[0];
                var source = segment.Element(Ns2 + "source") ?? throw new PublishInputException(path, "a segment without <source>", Line(segment));
                var target = segment.Element(Ns2 + "target");
                var text = target is null ? null : PlainText(target);
                var status = XliffStates.FromXliff2((string?)segment.Attribute("state"), (string?)segment.Attribute("subState"), !string.IsNullOrEmpty(text));
                yield return new XliffUnit(original, Id(path, unit), Line(unit) ?? 0, PlainText(source), text, status);
            }
        }
    }

    private static IEnumerable<XliffUnit> Read12(string path, XElement root, XNamespace ns)
    {
        foreach (var file in root.Elements(ns + "file"))
        {
            var original = Original(path, file);
            foreach (var unit in file.Descendants(ns + "trans-unit").Where(u => (string?)u.Attribute("restype") != "x-gettext-domain-header"))
            {
                var source = unit.Element(ns + "source") ?? throw new PublishInputException(path, "a trans-unit without <source>", Line(unit));
                var target = unit.Element(ns + "target");
                var text = target is null ? null : PlainText(target);
                var approved = string.Equals((string?)unit.Attribute("approved"), "yes", StringComparison.Ordinal);
                var status = XliffStates.FromXliff12((string?)target?.Attribute("state"), approved, !string.IsNullOrEmpty(text));
                yield return new XliffUnit(original, PoLocation(unit, ns) ?? Id(path, unit), Line(unit) ?? 0, PlainText(source), text, status);
            }
        }
    }

    /// <summary>
    /// The segment id a PO round trip kept: xliff2po turns the unit id into a "#:" location, and po2xliff writes
    /// that back as a location context while numbering the units afresh.
    /// </summary>
    private static string? PoLocation(XElement unit, XNamespace ns) => unit
        .Elements(ns + "context-group").Where(g => (string?)g.Attribute("purpose") == "location")
        .Elements(ns + "context").FirstOrDefault(c => (string?)c.Attribute("context-type") == "sourcefile")?.Value.Trim();

    /// <summary>Text content; standalone codes (<c>ph</c>, <c>x</c>, <c>bx</c>, <c>ex</c>) are dropped, paired codes keep their text.</summary>
    private static string PlainText(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.DescendantNodes())
        {
            if (node is XText run && !InsideCodeData(run, element))
            {
                text.Append(run.Value);
            }
        }

        return text.ToString();
    }

    // The content of 1.2 <bpt>/<ept>/<ph>/<it> is native code, not translatable text.
    private static bool InsideCodeData(XText text, XElement top)
    {
        for (var parent = text.Parent; parent is not null && parent != top; parent = parent.Parent)
        {
            if (parent.Name.LocalName is "bpt" or "ept" or "ph" or "it" && parent.Name.Namespace != Ns2)
            {
                return true;
            }
        }

        return false;
    }

    private static string Original(string path, XElement file) =>
        (string?)file.Attribute("original") is { Length: > 0 } original
            ? original
            : throw new PublishInputException(path, "<file> without an 'original' attribute: cannot tell which document it belongs to", Line(file));

    private static string Id(string path, XElement unit) =>
        (string?)unit.Attribute("id") is { Length: > 0 } id ? id : throw new PublishInputException(path, $"<{unit.Name.LocalName}> without an id", Line(unit));

    private static int? Line(XElement element) => ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : null;
}
