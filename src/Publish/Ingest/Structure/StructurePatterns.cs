using System.Text.RegularExpressions;

namespace Publish.Ingest.Structure;

/// <summary>
/// The textual signs of structure in Dutch parliamentary documents, shared by every reader and by the
/// structure stage: answer and question labels of written consultations and Aanhangsel questions, the
/// headings that name a parliamentary group, list bullets, and the parts of a letter.
/// </summary>
internal static partial class StructurePatterns
{
    /// <summary>"12. Antwoord van het kabinet:", "Antwoord 3", "Antwoord op vraag 4", "Antwoord vraag 10 en 11".</summary>
    [GeneratedRegex(@"^(?:(?<n>\d{1,3})[.)]?\s+)?Antwoord(?:en)?(?:\s+(?:op\s+)?(?:vra(?:a|ge)n?\s+)?(?<m>\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)?\s*\d{1,3})*))?(?:\s+(?:van|door)\s+(?:het|de)\s+[\p{L} -]{2,60}?)?\s*[:.]?$", RegexOptions.CultureInvariant)]
    public static partial Regex AnswerLabel();

    /// <summary>"Vraag 1", "Vraag 10 en 11", "Vragen 3 t/m 5", optionally with a colon.</summary>
    [GeneratedRegex(@"^Vra(?:ag|gen)\s+(?<m>\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)?\s*\d{1,3})*)\s*[:.]?$", RegexOptions.CultureInvariant)]
    public static partial Regex QuestionLabel();

    /// <summary>
    /// "Vragen en opmerkingen van de leden van de VVD-fractie", "… van de fractie van Volt", "… van de Groep Van Haga",
    /// "Inbreng van de leden van de D66-fractie". The group name is captured.
    /// </summary>
    [GeneratedRegex(@"^(?:Vragen en opmerkingen|Inbreng|Vragen|Opmerkingen)\b.{0,40}?\bvan\s+de\s+(?:leden\s+van\s+de\s+)?(?:(?<p>[\p{L}\d][\p{L}\d\-]*?)-fractie|fractie\s+(?:van\s+)?(?:de\s+|het\s+)?(?<p>[\p{L}\d][\p{L}\d\- ]*?)|(?<p>Groep\s+[\p{L} \-]+?)|(?<p>lid\s+[\p{L} \-]+?))\s*:?$", RegexOptions.CultureInvariant)]
    public static partial Regex PartyHeading();

    /// <summary>List bullets and labels at the start of a line: "•", "-", "–", "a)", "1)", "(2)", "iii.", "3.".</summary>
    [GeneratedRegex(@"^(?<label>[•●▪◦○■□‣⁃*\-–—]|\(?[a-z]\)|\(?\d{1,2}\)|[ivx]{1,4}\.|\d{1,2}\.(?=\s+\p{Lu}))\s+(?=\S)", RegexOptions.CultureInvariant)]
    public static partial Regex ListBullet();

    [GeneratedRegex(@"^(?:Geachte|Hooggeachte|Zeer geachte|Beste|Hooggeachte heer|Geachte heer|Geachte mevrouw)\b[^.]{0,60},$", RegexOptions.CultureInvariant)]
    public static partial Regex Salutation();

    /// <summary>Closings and the signing office: "Hoogachtend,", "Met vriendelijke groet,", "De minister van Buitenlandse Zaken,".</summary>
    [GeneratedRegex(@"^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met de meeste hoogachting|(?:De|de) (?:minister|staatssecretaris|minister-president|Minister|Staatssecretaris|Minister-President)\b[^.]{0,80}),$", RegexOptions.CultureInvariant)]
    public static partial Regex Closing();

    /// <summary>A placeholder in square brackets, e.g. "[Afzender]", "[Ondertekenaar 2]".</summary>
    [GeneratedRegex(@"^\[[^\[\]]{1,60}\]$", RegexOptions.CultureInvariant)]
    public static partial Regex Placeholder();

    /// <summary>A personal name as signed: initials and surname, e.g. "W.B. Hoekstra", "H.G.J. Bruins Slot".</summary>
    [GeneratedRegex(@"^(?:\p{Lu}\.){1,5}\s?(?:(?:van|de|der|den|ten|ter|van der|van den)\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?$", RegexOptions.CultureInvariant)]
    public static partial Regex SignatureName();

    /// <summary>
    /// The heading of written questions in the Aanhangsel: "Vragen van het lid Van Haga (Groep Van Haga) aan de
    /// Minister … over … (ingezonden 20 november 2023)." The member's group is captured.
    /// </summary>
    [GeneratedRegex(@"^Vragen van (?:het lid|de leden) .+? \((?<p>[^()]{2,40})\)(?: en .+? \([^()]{2,40}\))* aan de? .+\(ingezonden [^()]+\)\.?$", RegexOptions.CultureInvariant)]
    public static partial Regex WrittenQuestionsTitle();

    /// <summary>True for a line that must start its own paragraph even without a blank line before it.</summary>
    /// <remarks>
    /// Called for every line, so the first character picks the few patterns that could match at all: labels
    /// start with a digit, A or V; group headings with V, I or O; salutations with G, H, Z or B; placeholders
    /// with "["; lower-case lines can only be lettered list items ("a)", "iii.").
    /// </remarks>
    public static bool StartsBlock(string line) => line.Length > 0 && line[0] switch
    {
        >= '0' and <= '9' => AnswerLabel().IsMatch(line) || ListBullet().IsMatch(line),
        'A' => AnswerLabel().IsMatch(line),
        'V' => line.StartsWith("Vragen van het lid ", StringComparison.Ordinal) || line.StartsWith("Vragen van de leden ", StringComparison.Ordinal)
            || QuestionLabel().IsMatch(line) || PartyHeading().IsMatch(line),
        'I' or 'O' => PartyHeading().IsMatch(line),
        'G' or 'H' or 'Z' or 'B' => Salutation().IsMatch(line),
        '[' => Placeholder().IsMatch(line),
        _ => (!char.IsLetterOrDigit(line[0]) || char.IsLower(line[0])) && ListBullet().IsMatch(line),
    };

    /// <summary>True for a line that is a block on its own: nothing else joins it (labels, group headings, letter parts).</summary>
    public static bool IsStandaloneLine(string line) => line.Length > 0 && line[0] switch
    {
        >= '0' and <= '9' or 'A' => AnswerLabel().IsMatch(line),
        'V' => QuestionLabel().IsMatch(line) || PartyHeading().IsMatch(line),
        'I' or 'O' => PartyHeading().IsMatch(line),
        'G' or 'Z' or 'B' => Salutation().IsMatch(line),
        'H' => Salutation().IsMatch(line) || Closing().IsMatch(line),
        'M' or 'D' or 'd' => Closing().IsMatch(line),
        '[' => Placeholder().IsMatch(line),
        _ => false,
    };
}
