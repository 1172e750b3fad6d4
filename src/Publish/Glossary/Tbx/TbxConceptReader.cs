using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Publish.Glossary.Tbx;

/// <summary>Turns one conceptEntry (or TBX 2008 termEntry) into a glossary entry; the inverse of <see cref="TbxWriter"/>.</summary>
internal static partial class TbxConceptReader
{
    public static GlossaryEntry Read(XElement concept, string path)
    {
        int line = TbxReader.LineOf(concept) ?? 0;
        PublishInputException Fail(string message) => new(path, message, line);

        var id = TbxNames.FromXmlId(Clean(concept.Attribute("id")?.Value) ?? throw Fail($"<{concept.Name.LocalName}> has no id"));
        var dutch = Terms(LanguageSection(concept, "nl") ?? throw Fail($"entry '{id}' has no Dutch (nl) language section"));
        var english = Terms(LanguageSection(concept, "en") ?? throw Fail($"entry '{id}' has no English (en) language section"));
        var lemma = dutch.FirstOrDefault(t => t.Status == TbxNames.Preferred) ?? dutch.FirstOrDefault() ?? throw Fail($"entry '{id}' has no Dutch term");
        var target = english.FirstOrDefault(t => t.Status == TbxNames.Preferred)
            ?? english.FirstOrDefault(t => !IsForbidden(t.Status))
            ?? throw Fail($"entry '{id}' has no English term that is not deprecated");
        var variants = dutch.Where(t => !ReferenceEquals(t, lemma)).Select(t => ListItem(t.Text, id, Fail)).ToList();
        var forbidden = english.Where(t => IsForbidden(t.Status)).Select(t => ListItem(t.Text, id, Fail)).ToList();

        var notes = ConceptLevel(concept, "note").Select(n => n.Value).ToList();
        var publish = notes.Where(TbxPublishNote.IsPublishNote).Select(TbxPublishNote.Parse).LastOrDefault() ?? [];
        var kind = publish.TryGetValue("kind", out var k)
            ? GlossaryTsvFormat.ParseKind(k) ?? throw Fail($"entry '{id}': invalid kind '{k}' in the publish note")
            : lemma.TermType == "acronym" ? TermKind.Acronym : TermKind.Term;
        var caseSensitive = publish.TryGetValue("case", out var c)
            ? GlossaryTsvFormat.ParseCase(c) ?? throw Fail($"entry '{id}': invalid case '{c}' in the publish note")
            : kind == TermKind.Acronym;
        var compounds = publish.TryGetValue("compounds", out var m)
            ? GlossaryTsvFormat.ParseCompounds(m) ?? throw Fail($"entry '{id}': invalid compounds '{m}' in the publish note")
            : CompoundUse.None;

        var domain = ConceptLevel(concept, "descrip").FirstOrDefault(d => Type(d) == TbxNames.SubjectField)?.Value;
        var note = string.Join(' ', notes.Where(n => !TbxPublishNote.IsPublishNote(n)).Select(Clean).OfType<string>());
        var source = concept.Descendants().FirstOrDefault(e => e.Name.LocalName == "admin" && Type(e) == TbxNames.SourceAdmin)?.Value
            ?? concept.Descendants().FirstOrDefault(e => e.Name.LocalName == "xref" && Type(e) == TbxNames.ExternalCrossReference)?.Attribute("target")?.Value;

        return new GlossaryEntry(
            id, lemma.Text, variants, target.Text, forbidden, kind, caseSensitive, compounds,
            Clean(domain), Clean(note), Clean(source), path, line);
    }

    private static bool IsForbidden(string? status) => status is TbxNames.Deprecated or TbxNames.Superseded;

    private static XElement? LanguageSection(XElement concept, string language) =>
        concept.Elements().FirstOrDefault(e =>
            e.Name.LocalName is "langSec" or "langSet"
            && (e.Attribute(XNamespace.Xml + "lang")?.Value ?? "").Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase));

    /// <summary>termSec (v3), tig or ntig (2008); in ntig the term and its notes sit one level down, in termGrp.</summary>
    private static List<TbxTerm> Terms(XElement section) =>
        section.Elements()
            .Where(e => e.Name.LocalName is "termSec" or "tig" or "ntig")
            .Select(e => (Text: Clean(e.Descendants().FirstOrDefault(d => d.Name.LocalName == "term")?.Value), Notes: e.Descendants().Where(d => d.Name.LocalName == "termNote").ToList()))
            .Where(t => t.Text is not null)
            .Select(t => new TbxTerm(t.Text!, NoteValue(t.Notes, TbxNames.AdministrativeStatus), NoteValue(t.Notes, TbxNames.TermType)))
            .ToList();

    private static string? NoteValue(List<XElement> notes, string type) => Clean(notes.FirstOrDefault(n => Type(n) == type)?.Value);

    /// <summary>Direct children of the concept, and children of its *Grp wrappers (descripGrp, adminGrp).</summary>
    private static IEnumerable<XElement> ConceptLevel(XElement concept, string name) =>
        concept.Elements()
            .SelectMany(e => e.Name.LocalName.EndsWith("Grp", StringComparison.Ordinal) ? e.Elements() : [e])
            .Where(e => e.Name.LocalName == name);

    private static string? Type(XElement element) => element.Attribute("type")?.Value;

    private static string ListItem(string text, string id, Func<string, PublishInputException> fail) =>
        text.Contains(GlossaryTsvFormat.ListSeparator, StringComparison.Ordinal)
            ? throw fail($"entry '{id}': term '{text}' contains '|', which separates forms in the glossary format")
            : text;

    /// <summary>XML may wrap text over lines; the TSV format cannot hold tabs or line breaks, so runs become one space.</summary>
    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = LineBreaksAndTabs().Replace(value, " ").Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"\s*[\t\r\n]+\s*")]
    private static partial Regex LineBreaksAndTabs();

    private sealed record TbxTerm(string Text, string? Status, string? TermType);
}
