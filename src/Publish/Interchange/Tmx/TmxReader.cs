using System.Xml;
using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>
/// Streams translation units out of a TMX 1.4b file with constant memory. Tolerant of what tools write:
/// no or "*all*" srclang (§2.2; the Dutch variant is then the source), language tags in any case,
/// the deprecated <c>lang</c> attribute, a BOM or UTF-16, inline codes (§3.6: bpt, ept, it, ph, ut) kept as
/// placeholders, <c>hi</c> kept as its text. A tu without a source and a target variant is skipped.
/// Strict about hostile input: a DOCTYPE that only names an external DTD (OmegaT, Trados, Okapi) is skipped
/// unread (<see cref="DtdProcessing.Ignore"/>, no resolver); one with an internal subset is refused by
/// <see cref="TmxProlog"/>, any other DTD by <see cref="DtdProcessing.Prohibit"/>, so no entity is ever
/// declared or expanded (an entity reference is undeclared, XML 1.0 §4.1 WFC: Entity Declared), and a
/// segment longer than <see cref="MaximumSegmentCharacters"/> is an error. Errors are
/// <see cref="PublishInputException"/>s with the file and line.
/// </summary>
internal sealed class TmxReader(string path, string sourceLanguage = "nl")
{
    public const int MaximumSegmentCharacters = 100_000;

    private readonly DateTimeOffset readTime = DateTimeOffset.UtcNow;
    private readonly Dictionary<string, string> props = new(StringComparer.Ordinal);
    private readonly List<(string Language, string Text)> variants = [];
    private readonly TmxLanguageTags languages = new();
    private readonly TmxSegmentReader segments = new();

    /// <summary>How many tu elements were skipped for lacking a source or target variant.</summary>
    public long Skipped { get; private set; }

    public IEnumerable<TranslationUnit> ReadUnits()
    {
        if (!File.Exists(path))
        {
            throw new PublishInputException(path, Directory.Exists(path) ? "is a directory" : "file not found");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = TmxProlog.HasExternalOnlyDoctype(path) ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        using var xml = XmlReader.Create(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), settings);
        var lines = (IXmlLineInfo)xml;
        var enumerator = Guarded(xml, lines).GetEnumerator();
        using (enumerator)
        {
            while (Advance(enumerator, lines))
            {
                yield return enumerator.Current;
            }
        }
    }

    private bool Advance(IEnumerator<TranslationUnit> units, IXmlLineInfo lines)
    {
        try
        {
            return units.MoveNext();
        }
        catch (XmlException e)
        {
            if (e.Message.Contains("DTD", StringComparison.Ordinal))
            {
                throw new PublishInputException(path, "DOCTYPE/DTD is not allowed in TMX input (entities and external resources are refused)", TmxInputErrors.DoctypeLine(path), e);
            }

            throw new PublishInputException(path, "malformed XML: " + TmxInputErrors.FirstSentence(e.Message), e.LineNumber > 0 ? e.LineNumber : lines.LineNumber, e);
        }
    }

    private IEnumerable<TranslationUnit> Guarded(XmlReader xml, IXmlLineInfo lines)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "tmx")
        {
            throw Error(lines, $"not a TMX file: the root element is <{xml.LocalName}>, not <tmx>");
        }

        var headerLanguage = (string?)null;
        var sawBody = false;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "header":
                    headerLanguage = xml.GetAttribute("srclang");
                    break;
                case "body":
                    sawBody = true;
                    break;
                case "tu":
                    if (ReadUnit(xml, lines, headerLanguage) is { } unit)
                    {
                        yield return unit;
                    }
                    else
                    {
                        Skipped++;
                    }

                    break;
            }
        }

        if (!sawBody)
        {
            throw Error(lines, "not a TMX file: no <body> element");
        }
    }

    // One tu at a time on the main reader (no ReadSubtree wrappers: they tripled the time of a pass), ending
    // on the tu's end element; the property and variant lists are reused.
    private TranslationUnit? ReadUnit(XmlReader tu, IXmlLineInfo lines, string? headerLanguage)
    {
        var depth = tu.Depth;
        var unitLanguage = tu.GetAttribute("srclang") ?? headerLanguage;
        var created = TmxConventions.ParseDate(tu.GetAttribute("creationdate"));
        var changed = TmxConventions.ParseDate(tu.GetAttribute("changedate"));
        var creator = tu.GetAttribute("changeid") ?? tu.GetAttribute("creationid");
        props.Clear();
        variants.Clear();
        var more = !tu.IsEmptyElement && tu.Read();
        while (more && tu.Depth > depth)
        {
            if (tu.NodeType == XmlNodeType.Element && tu.LocalName == "prop" && tu.Depth == depth + 1)
            {
                var type = tu.GetAttribute("type") ?? "";
                // ReadElementContentAsString already moves past the element.
                props[type] = tu.ReadElementContentAsString();
                continue;
            }

            if (tu.NodeType == XmlNodeType.Element && tu.LocalName == "tuv")
            {
                var language = tu.GetAttribute("xml:lang") ?? tu.GetAttribute("lang")
                    ?? throw Error(lines, "<tuv> without xml:lang");
                variants.Add((languages.Normalize(language), segments.ReadVariant(tu, lines, path)));
            }

            more = tu.Read();
        }

        var source = TmxConventions.PickSource(variants, unitLanguage, sourceLanguage);
        var target = variants.FirstOrDefault(v => source is { } s && !TmxConventions.SameLanguage(v.Language, s.Language));
        if (source is not { } src || target.Text is null)
        {
            return null;
        }

        return new TranslationUnit(src.Text, target.Text)
        {
            SourceLanguage = src.Language,
            TargetLanguage = target.Language,
            Created = created ?? changed ?? readTime,
            Changed = changed ?? created ?? readTime,
            Creator = creator,
            DocumentId = props.GetValueOrDefault(TmxConventions.DocumentProp),
            GlossaryVersion = props.GetValueOrDefault(TmxConventions.GlossaryVersionProp),
            PreviousSourceHash = TmxConventions.ParseHash(props.GetValueOrDefault(TmxConventions.PreviousContextProp)),
            NextSourceHash = TmxConventions.ParseHash(props.GetValueOrDefault(TmxConventions.NextContextProp)),
        };
    }

    private PublishInputException Error(IXmlLineInfo lines, string message) => new(path, message, lines.LineNumber);
}
