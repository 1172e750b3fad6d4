namespace Publish.Glossary;

/// <summary>What sort of thing a glossary entry names; decides matching defaults and QA strictness.</summary>
public enum TermKind
{
    /// <summary>An abbreviation such as NAVO or RBZ: matched case-sensitively, never inside a word.</summary>
    Acronym,

    /// <summary>A proper name of a body, place or instrument: Noord-Atlantische Raad.</summary>
    Name,

    /// <summary>A title or office: Hoge Vertegenwoordiger, Secretaris-Generaal.</summary>
    Title,

    /// <summary>An ordinary word or phrase of the field: bondgenoten, toezegging.</summary>
    Term,
}

/// <summary>How an entry may occur inside Dutch compounds.</summary>
public enum CompoundUse
{
    /// <summary>Only as a whole word or phrase.</summary>
    None,

    /// <summary>Also as a part of a hyphenated compound: NAVO-top, EU-lidstaten.</summary>
    Hyphen,

    /// <summary>Also inside closed compounds (as first or last part): verdragsgebied in "NAVO-verdragsgebied", "bondgenootschap…".</summary>
    Closed,
}

/// <summary>
/// One row of the managed glossary (glossary/*.tsv; the format is documented in glossary/README.md).
/// </summary>
/// <param name="Id">Stable identifier, lower-case letters, digits and hyphens; never reused.</param>
/// <param name="Source">The Dutch lemma, e.g. "NAVO" or "bondgenoot".</param>
/// <param name="Variants">Other Dutch forms that mean the same: full form, abbreviation, inflections.</param>
/// <param name="Target">The preferred English rendering.</param>
/// <param name="Forbidden">English renderings that must not be used.</param>
/// <param name="Kind">Acronym, name, title or term.</param>
/// <param name="CaseSensitive">Whether Dutch matching respects case (acronyms always do).</param>
/// <param name="Compounds">Whether the entry may match inside compounds.</param>
/// <param name="Domain">Field: nato, eu, parliament, diplomacy, defence, …</param>
/// <param name="Note">Usage note, e.g. where official English differs by context.</param>
/// <param name="Reference">The public source that justifies the English (URL or publication).</param>
/// <param name="File">Glossary file the entry came from, for messages.</param>
/// <param name="Line">1-based line in that file, for messages.</param>
public sealed record GlossaryEntry(
    string Id,
    string Source,
    IReadOnlyList<string> Variants,
    string Target,
    IReadOnlyList<string> Forbidden,
    TermKind Kind,
    bool CaseSensitive,
    CompoundUse Compounds,
    string? Domain,
    string? Note,
    string? Reference,
    string File,
    int Line)
{
    /// <summary>The lemma followed by its variants: every Dutch form the recogniser looks for.</summary>
    public IEnumerable<string> DutchForms => Variants.Prepend(Source);
}
