using System.Text;
using System.Xml;
using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>
/// Streams units out as TMX 1.4b, valid against tmx14.dtd: header attributes required by §2.2, then one
/// <c>&lt;tu&gt;</c> per unit with its dates, creator and Publish's props before the two
/// <c>&lt;tuv&gt;</c>s (the DTD puts note and prop first). No DOCTYPE is written: strict readers, like
/// ours before it accepted an external-only DOCTYPE, refuse any DTD. Earlier targets (history) are not exported.
/// </summary>
internal static class TmxWriter
{
    public static long Write(Stream output, IEnumerable<TranslationUnit> units, string sourceLanguage = "nl-NL")
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  " };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("tmx");
        xml.WriteAttributeString("version", "1.4");
        xml.WriteStartElement("header");
        xml.WriteAttributeString("creationtool", "Publish");
        xml.WriteAttributeString("creationtoolversion", typeof(TmxWriter).Assembly.GetName().Version?.ToString() ?? "1.0");
        xml.WriteAttributeString("segtype", "sentence");
        xml.WriteAttributeString("o-tmf", "Publish SQLite");
        xml.WriteAttributeString("adminlang", "en-GB");
        xml.WriteAttributeString("srclang", sourceLanguage);
        xml.WriteAttributeString("datatype", "plaintext");
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        long count = 0;
        foreach (var unit in units)
        {
            WriteUnit(xml, unit);
            count++;
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        return count;
    }

    private static void WriteUnit(XmlWriter xml, TranslationUnit unit)
    {
        xml.WriteStartElement("tu");
        xml.WriteAttributeString("srclang", unit.SourceLanguage);
        xml.WriteAttributeString("creationdate", TmxConventions.FormatDate(unit.Created));
        xml.WriteAttributeString("changedate", TmxConventions.FormatDate(unit.Changed));
        if (unit.Creator is { } creator)
        {
            xml.WriteAttributeString("creationid", creator);
            xml.WriteAttributeString("changeid", creator);
        }

        WriteProp(xml, TmxConventions.DocumentProp, unit.DocumentId);
        WriteProp(xml, TmxConventions.GlossaryVersionProp, unit.GlossaryVersion);
        WriteProp(xml, TmxConventions.PreviousContextProp, unit.PreviousSourceHash == 0 ? null : TmxConventions.FormatHash(unit.PreviousSourceHash));
        WriteProp(xml, TmxConventions.NextContextProp, unit.NextSourceHash == 0 ? null : TmxConventions.FormatHash(unit.NextSourceHash));
        WriteVariant(xml, unit.SourceLanguage, unit.Source);
        WriteVariant(xml, unit.TargetLanguage, unit.Target);
        xml.WriteEndElement();
    }

    private static void WriteProp(XmlWriter xml, string type, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("prop");
        xml.WriteAttributeString("type", type);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void WriteVariant(XmlWriter xml, string language, string text)
    {
        xml.WriteStartElement("tuv");
        xml.WriteAttributeString("xml", "lang", null, language);
        xml.WriteElementString("seg", text);
        xml.WriteEndElement();
    }
}
