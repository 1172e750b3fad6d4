using Publish.Glossary;

namespace Publish.Tests.Glossary.Recognition;

/// <summary>A small, realistic glossary for recognition and QA tests, in the order a glossary file would list it.</summary>
internal static class TestGlossary
{
    public static IReadOnlyList<GlossaryEntry> Entries { get; } =
    [
        Entry("navo", "NAVO", "NATO", TermKind.Acronym, true, CompoundUse.Hyphen, forbidden: ["NAVO"]),
        Entry("eu", "EU", "EU", TermKind.Acronym, true, CompoundUse.Hyphen),
        Entry("ovse", "OVSE", "OSCE", TermKind.Acronym, true, CompoundUse.Hyphen),
        Entry("rbz", "Raad Buitenlandse Zaken", "Foreign Affairs Council (FAC)", TermKind.Name, true, CompoundUse.None, ["RBZ"], ["Council of Foreign Affairs"]),
        Entry("nar", "Noord-Atlantische Raad", "North Atlantic Council (NAC)", TermKind.Name, true, CompoundUse.None, ["NAR"]),
        Entry("hoge-vertegenwoordiger", "Hoge Vertegenwoordiger", "High Representative", TermKind.Title, true, CompoundUse.None, ["HV"]),
        Entry("navo-top", "NAVO-top", "NATO Summit", TermKind.Name, true, CompoundUse.None),
        Entry("navo-rusland-raad", "NAVO-Rusland Raad", "NATO-Russia Council", TermKind.Name, true, CompoundUse.None, ["NAVO-Rusland-Raad"]),
        Entry("europese-raad", "Europese Raad", "European Council", TermKind.Name, true, CompoundUse.None, forbidden: ["Council of Europe"]),
        Entry("raad-van-europa", "Raad van Europa", "Council of Europe", TermKind.Name, true, CompoundUse.None),
        Entry("raad", "Raad", "Council", TermKind.Name, true, CompoundUse.None),
        Entry("tweede-kamer", "Tweede Kamer", "House of Representatives", TermKind.Name, true, CompoundUse.None),
        Entry("oekraine", "Oekraïne", "Ukraine", TermKind.Name, true, CompoundUse.Hyphen),
        Entry("secretaris-generaal", "secretaris-generaal", "Secretary General", TermKind.Title, false, CompoundUse.None),
        Entry("staatssecretaris", "staatssecretaris", "State Secretary", TermKind.Title, false, CompoundUse.None),
        Entry("vertegenwoordiger", "vertegenwoordiger", "representative", TermKind.Term, false, CompoundUse.None),
        Entry("bondgenoot", "bondgenoot", "ally", TermKind.Term, false, CompoundUse.Hyphen, forbidden: ["alliance partner"]),
        Entry("lidstaat", "lidstaat", "member state", TermKind.Term, false, CompoundUse.Hyphen),
        Entry("top", "top", "summit", TermKind.Term, false, CompoundUse.Hyphen),
        Entry("verdragsgebied", "verdragsgebied", "treaty area", TermKind.Term, false, CompoundUse.Hyphen),
        Entry("verdrag", "verdrag", "treaty", TermKind.Term, false, CompoundUse.Closed),
        Entry("sanctie", "sanctie", "sanction", TermKind.Term, false, CompoundUse.Closed),
        Entry("geannoteerde-agenda", "geannoteerde agenda", "annotated agenda", TermKind.Term, false, CompoundUse.None),
        Entry("motie", "motie", "motion", TermKind.Term, false, CompoundUse.None),
        Entry("minister", "minister", "minister", TermKind.Term, false, CompoundUse.None),
        Entry("toezegging", "toezegging", "commitment", TermKind.Term, false, CompoundUse.None),
        Entry("besluit", "besluit", "decision", TermKind.Term, false, CompoundUse.None),
        Entry("militair", "militair", "military", TermKind.Term, false, CompoundUse.None),
        Entry("oostflank", "oostflank", "eastern flank", TermKind.Term, false, CompoundUse.None),
        Entry("schriftelijk-overleg", "schriftelijk overleg", "written consultation", TermKind.Term, false, CompoundUse.None),
        Entry("kamerbrief", "Kamerbrief", "letter to parliament", TermKind.Term, false, CompoundUse.None, ["Kamerbrieven"]),
    ];

    public static GlossaryEntry Entry(
        string id,
        string source,
        string target,
        TermKind kind,
        bool caseSensitive,
        CompoundUse compounds,
        string[]? variants = null,
        string[]? forbidden = null) =>
        new(id, source, variants ?? [], target, forbidden ?? [], kind, caseSensitive, compounds, null, null, null, "test.tsv", 1);
}
