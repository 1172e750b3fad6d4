using System.Text;
using System.Xml;

namespace Publish.Glossary.Tbx;

/// <summary>
/// Writes the glossary as a TBX-Basic document (see <see cref="TbxNames"/>): one conceptEntry per entry
/// (ISO 30042:2019 §6), a Dutch langSec holding the lemma (preferred) and its variants (admitted), an English
/// langSec holding the rendering (preferred) and the forbidden ones (deprecated).
/// </summary>
internal static class TbxWriter
{
    public static void Write(Glossary glossary, Stream stream)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("tbx", TbxNames.Namespace);
        xml.WriteAttributeString("type", TbxNames.Dialect);
        xml.WriteAttributeString("style", "dca");
        xml.WriteAttributeString("xml", "lang", null, "en");
        xml.WriteStartElement("tbxHeader", TbxNames.Namespace);
        xml.WriteStartElement("fileDesc", TbxNames.Namespace);
        xml.WriteStartElement("sourceDesc", TbxNames.Namespace);
        xml.WriteElementString("p", TbxNames.Namespace, $"Publish managed glossary, version {glossary.Version}, {glossary.Entries.Count} entries.");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("text", TbxNames.Namespace);
        xml.WriteStartElement("body", TbxNames.Namespace);
        foreach (var entry in glossary.Entries)
        {
            WriteConcept(xml, entry);
        }

        xml.WriteEndDocument();
    }

    private static void WriteConcept(XmlWriter xml, GlossaryEntry entry)
    {
        xml.WriteStartElement("conceptEntry", TbxNames.Namespace);
        xml.WriteAttributeString("id", TbxNames.ToXmlId(entry.Id));

        // Concept-level information (subjectField may only appear here in TBX-Basic) comes before the langSecs.
        if (entry.Domain is { } domain)
        {
            Typed(xml, "descrip", TbxNames.SubjectField, domain);
        }

        if (entry.Note is { } note)
        {
            xml.WriteElementString("note", TbxNames.Namespace, note);
        }

        xml.WriteElementString("note", TbxNames.Namespace, TbxPublishNote.Format(entry));

        xml.WriteStartElement("langSec", TbxNames.Namespace);
        xml.WriteAttributeString("xml", "lang", null, "nl");
        Term(xml, entry.Source, TbxNames.Preferred, entry);
        foreach (var variant in entry.Variants)
        {
            Term(xml, variant, TbxNames.Admitted, null);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("langSec", TbxNames.Namespace);
        xml.WriteAttributeString("xml", "lang", null, "en");

        // The source justifies the English, so it sits on the English language section.
        if (entry.Reference is { } source)
        {
            Typed(xml, "admin", TbxNames.SourceAdmin, source);
        }

        Term(xml, entry.Target, TbxNames.Preferred, null);
        foreach (var forbidden in entry.Forbidden)
        {
            Term(xml, forbidden, TbxNames.Deprecated, null);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>A termSec; the Dutch lemma also carries partOfSpeech and termType derived from the kind.</summary>
    private static void Term(XmlWriter xml, string term, string status, GlossaryEntry? lemmaOf)
    {
        xml.WriteStartElement("termSec", TbxNames.Namespace);
        xml.WriteElementString("term", TbxNames.Namespace, term);
        Typed(xml, "termNote", TbxNames.AdministrativeStatus, status);
        if (lemmaOf is not null)
        {
            // Acronyms, names and titles are nouns; a plain term may be any part of speech, so none is claimed.
            if (lemmaOf.Kind != TermKind.Term)
            {
                Typed(xml, "termNote", TbxNames.PartOfSpeech, "noun");
            }

            Typed(xml, "termNote", TbxNames.TermType, lemmaOf.Kind == TermKind.Acronym ? "acronym" : "fullForm");
        }

        xml.WriteEndElement();
    }

    private static void Typed(XmlWriter xml, string element, string type, string value)
    {
        xml.WriteStartElement(element, TbxNames.Namespace);
        xml.WriteAttributeString("type", type);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
