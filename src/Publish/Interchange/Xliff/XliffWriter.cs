using System.Text;
using System.Xml;
using Publish.Documents;

namespace Publish.Interchange.Xliff;

/// <summary>
/// Writes one translated document as XLIFF 2.1 or 1.2: a unit per segment with the segment id as its id
/// (the key an import comes back by), the source with footnote markers as placeholders, the target and its
/// state, and notes with the glossary's English for the segment's terms. Both validate against the OASIS
/// schemas (xliff_core_2.0.xsd, xliff-core-1.2-strict.xsd).
/// </summary>
public static class XliffWriter
{
    public const string Namespace2 = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Namespace12 = "urn:oasis:names:tc:xliff:document:1.2";

    public static void Write(TranslatedDocument document, XliffVersion version, Stream output, string sourceLanguage = "nl-NL")
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        if (version == XliffVersion.V21)
        {
            Write21(xml, document, sourceLanguage);
        }
        else
        {
            Write12(xml, document, sourceLanguage);
        }

        xml.WriteEndDocument();
    }

    private static void Write21(XmlWriter xml, TranslatedDocument document, string sourceLanguage)
    {
        xml.WriteStartElement("xliff", Namespace2);
        xml.WriteAttributeString("version", "2.1");
        xml.WriteAttributeString("srcLang", sourceLanguage);
        xml.WriteAttributeString("trgLang", document.TargetLanguage);
        xml.WriteStartElement("file", Namespace2);
        xml.WriteAttributeString("id", "f1");
        xml.WriteAttributeString("original", document.Source.Source.Path);
        foreach (var block in document.Source.Blocks)
        {
            foreach (var segment in block.Segments)
            {
                var translation = document.For(segment);
                xml.WriteStartElement("unit", Namespace2);
                xml.WriteAttributeString("id", segment.Id);
                var notes = XliffContent.Notes(segment, translation).ToList();
                if (notes.Count > 0)
                {
                    xml.WriteStartElement("notes", Namespace2);
                    foreach (var (category, text) in notes)
                    {
                        xml.WriteStartElement("note", Namespace2);
                        xml.WriteAttributeString("category", category);
                        xml.WriteString(text);
                        xml.WriteEndElement();
                    }

                    xml.WriteEndElement();
                }

                var (state, subState) = XliffStates.ToXliff2(translation.Status);
                xml.WriteStartElement("segment", Namespace2);
                xml.WriteAttributeString("id", "s1");
                xml.WriteAttributeString("state", state);
                if (subState is not null)
                {
                    xml.WriteAttributeString("subState", subState);
                }

                xml.WriteStartElement("source", Namespace2);
                WriteRuns(xml, XliffContent.SourceRuns(block, segment), number =>
                {
                    // XLIFF 2.1 <ph>: a standalone inline code; disp is what a tool shows in its place.
                    xml.WriteStartElement("ph", Namespace2);
                    xml.WriteAttributeString("id", "fn" + number);
                    xml.WriteAttributeString("disp", "[" + number + "]");
                    xml.WriteEndElement();
                });
                xml.WriteEndElement();
                WriteTarget(xml, Namespace2, translation, null);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Write12(XmlWriter xml, TranslatedDocument document, string sourceLanguage)
    {
        xml.WriteStartElement("xliff", Namespace12);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteStartElement("file", Namespace12);
        xml.WriteAttributeString("original", document.Source.Source.Path);
        xml.WriteAttributeString("source-language", sourceLanguage);
        xml.WriteAttributeString("target-language", document.TargetLanguage);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteStartElement("body", Namespace12);
        foreach (var block in document.Source.Blocks)
        {
            foreach (var segment in block.Segments)
            {
                var translation = document.For(segment);
                xml.WriteStartElement("trans-unit", Namespace12);
                xml.WriteAttributeString("id", segment.Id);
                // approved="yes" marks a confirmed target. The 1.2 spec reserves it for "final", but tools that map
                // XLIFF to PO (Translate Toolkit, Weblate) treat every unapproved target as fuzzy, which would
                // turn all confirmed work into drafts on a round trip; the state still tells translated from signed-off.
                if (translation.Status is TranslationStatus.Translated or TranslationStatus.Reviewed)
                {
                    xml.WriteAttributeString("approved", "yes");
                }

                xml.WriteStartElement("source", Namespace12);
                WriteRuns(xml, XliffContent.SourceRuns(block, segment), number =>
                {
                    // XLIFF 1.2 <x/>: a standalone placeholder; ctype user-defined values start with "x-".
                    xml.WriteStartElement("x", Namespace12);
                    xml.WriteAttributeString("id", "fn" + number);
                    xml.WriteAttributeString("ctype", "x-footnote");
                    xml.WriteAttributeString("equiv-text", "[" + number + "]");
                    xml.WriteEndElement();
                });
                xml.WriteEndElement();
                WriteTarget(xml, Namespace12, translation, XliffStates.ToXliff12(translation));
                foreach (var (category, text) in XliffContent.Notes(segment, translation))
                {
                    xml.WriteStartElement("note", Namespace12);
                    xml.WriteAttributeString("from", "publish");
                    xml.WriteString($"{category}: {text}");
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteRuns(XmlWriter xml, IReadOnlyList<(string Text, string? Footnote)> runs, Action<string> placeholder)
    {
        foreach (var (text, footnote) in runs)
        {
            xml.WriteString(text);
            if (footnote is not null)
            {
                placeholder(footnote);
            }
        }
    }

    private static void WriteTarget(XmlWriter xml, string ns, SegmentTranslation translation, (string State, string? Qualifier)? state12)
    {
        if (translation.Target is null)
        {
            return;
        }

        xml.WriteStartElement("target", ns);
        if (state12 is var (state, qualifier))
        {
            xml.WriteAttributeString("state", state);
            if (qualifier is not null)
            {
                xml.WriteAttributeString("state-qualifier", qualifier);
            }
        }

        xml.WriteString(translation.Target);
        xml.WriteEndElement();
    }
}
