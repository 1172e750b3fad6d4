namespace Publish.Glossary.Tbx;

/// <summary>
/// The TBX vocabulary Publish writes: TBX-Basic 1.2.1, DCA style, on the TBX v3 core structure
/// (ISO 30042:2019, namespace urn:iso:std:iso:30042:ed-2; see /work/shared/standards/tbx). Every data category
/// used here is one the TBX-Basic Schematron permits at that level.
/// </summary>
internal static class TbxNames
{
    public const string Namespace = "urn:iso:std:iso:30042:ed-2";

    public const string Dialect = "TBX-Basic";

    public const string AdministrativeStatus = "administrativeStatus";
    public const string Preferred = "preferredTerm-admn-sts";
    public const string Admitted = "admittedTerm-admn-sts";
    public const string Deprecated = "deprecatedTerm-admn-sts";
    public const string Superseded = "supersededTerm-admn-sts";

    public const string PartOfSpeech = "partOfSpeech";
    public const string TermType = "termType";
    public const string SubjectField = "subjectField";
    public const string SourceAdmin = "source";
    public const string ExternalCrossReference = "externalCrossReference";

    /// <summary>
    /// TBX-Basic has no data category for how a term is matched (case, compounds) nor for Publish's kinds
    /// (name and title have no termType value), and DCA style forbids foreign elements. So these travel in a
    /// concept-level <c>&lt;note&gt;</c> (allowed at every level by the core structure) of the form
    /// <c>publish: kind=title case=insensitive compounds=none</c>; other tools show it as a plain note.
    /// </summary>
    public const string PublishNotePrefix = "publish:";

    /// <summary>
    /// conceptEntry/@id is an xsd:ID (an XML name), which may not start with a digit, while glossary ids may
    /// ("2-procentnorm"). Such ids are written with this prefix; glossary ids never contain it, so the reader
    /// can remove it unambiguously.
    /// </summary>
    public const string DigitIdPrefix = "_";

    public static string ToXmlId(string id) => id.Length > 0 && char.IsAsciiDigit(id[0]) ? DigitIdPrefix + id : id;

    public static string FromXmlId(string xmlId) =>
        xmlId.StartsWith(DigitIdPrefix, StringComparison.Ordinal) && xmlId.Length > 1 && char.IsAsciiDigit(xmlId[1]) ? xmlId[1..] : xmlId;
}
