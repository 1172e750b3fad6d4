using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Publish.Segmentation;

/// <summary>Turns a loaded SRX XML tree into an <see cref="SrxDocument"/>, checking what SRX 2.0 requires.</summary>
internal sealed class SrxDocumentReader(string sourceName)
{
    public SrxDocument Read(XDocument xml)
    {
        var root = xml.Root!;
        if (root.Name.LocalName != "srx")
        {
            throw Error(root, $"expected an <srx> root element, found <{root.Name.LocalName}>");
        }

        if ((string?)root.Attribute("version") != "2.0")
        {
            throw Error(root, "only SRX version 2.0 is supported");
        }

        var header = Child(root, "header") ?? throw Error(root, "missing <header>");
        var segmentSubflows = YesNo(header, "segmentsubflows");
        var cascade = YesNo(header, "cascade");
        var body = Child(root, "body") ?? throw Error(root, "missing <body>");

        var languageRules = new Dictionary<string, SrxLanguageRule>(StringComparer.Ordinal);
        foreach (var element in Children(Child(body, "languagerules"), "languagerule"))
        {
            var name = Required(element, "languagerulename");
            var rules = Children(element, "rule").Select(ReadRule).ToList();
            if (!languageRules.TryAdd(name, new SrxLanguageRule(name, rules)))
            {
                throw Error(element, $"duplicate languagerule \"{name}\"");
            }
        }

        var maps = new List<SrxLanguageMap>();
        foreach (var element in Children(Child(body, "maprules"), "languagemap"))
        {
            var ruleName = Required(element, "languagerulename");
            if (!languageRules.ContainsKey(ruleName))
            {
                throw Error(element, $"languagemap refers to unknown languagerule \"{ruleName}\"");
            }

            maps.Add(new SrxLanguageMap(Pattern(element, Required(element, "languagepattern")), ruleName));
        }

        return SrxDocument.Create(segmentSubflows, cascade, languageRules, maps);
    }

    private SrxRule ReadRule(XElement element)
    {
        // SRX 2.0 §2.4: break defaults to "yes"; a missing beforebreak/afterbreak matches anything.
        var isBreak = (string?)element.Attribute("break") switch
        {
            null or "yes" => true,
            "no" => false,
            var other => throw Error(element, $"break must be \"yes\" or \"no\", not \"{other}\""),
        };
        var before = Child(element, "beforebreak");
        var after = Child(element, "afterbreak");
        var beforePattern = before is null ? "" : Pattern(before, before.Value);
        if (SrxRegexTranslator.HasBackreference(beforePattern))
        {
            throw Error(before!, SrxSegmenter.BackreferenceInBeforeBreak);
        }

        return new SrxRule(isBreak, beforePattern, after is null ? "" : Pattern(after, after.Value), LineOf(element));
    }

    private string Pattern(XElement element, string icu)
    {
        try
        {
            var pattern = SrxRegexTranslator.Translate(icu);
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
            return pattern;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw Error(element, $"unusable regular expression \"{icu}\": {ex.Message}");
        }
    }

    private bool YesNo(XElement element, string attribute) => Required(element, attribute) switch
    {
        "yes" => true,
        "no" => false,
        var other => throw Error(element, $"{attribute} must be \"yes\" or \"no\", not \"{other}\""),
    };

    private string Required(XElement element, string attribute) =>
        (string?)element.Attribute(attribute)
        ?? throw Error(element, $"<{element.Name.LocalName}> lacks the required attribute {attribute}");

    // Elements are matched by local name so that files written with or without the SRX namespace both load.
    private static XElement? Child(XElement? parent, string name) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    private static IEnumerable<XElement> Children(XElement? parent, string name) =>
        parent?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    private static int? LineOf(XElement element) =>
        ((IXmlLineInfo)element).HasLineInfo() ? ((IXmlLineInfo)element).LineNumber : null;

    private PublishInputException Error(XElement element, string message) => new(sourceName, message, LineOf(element));
}
