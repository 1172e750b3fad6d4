using System.Text.RegularExpressions;

namespace Publish.Ingest.Structure;

/// <summary>What a paragraph looks like on its own: a title in capitals, a short unpunctuated heading, a question.</summary>
internal static partial class BlockShape
{
    private const int MaxHeadingWords = 14;

    /// <summary>Mostly capital letters, as the titles of reports are set ("VERSLAG NAVO MINISTERIËLE 7 JANUARI").</summary>
    public static bool IsAllCaps(string text)
    {
        int upper = 0, lower = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper >= 4 && lower <= upper / 10 && text.Length <= 300;
    }

    /// <summary>A short line that starts with a capital or digit and ends without punctuation: "Inleiding", "Rusland/Oekraïne".</summary>
    public static bool IsHeadingLike(string text)
    {
        if (text.Length == 0 || text.Length > 120 || !(char.IsUpper(text[0]) || char.IsDigit(text[0])))
        {
            return false;
        }

        if ((TrailingPunctuation().IsMatch(text) && !TrailingDateAbbreviation().IsMatch(text)) || text.Split(' ').Length > MaxHeadingWords)
        {
            return false;
        }

        return !StructurePatterns.SignatureName().IsMatch(text);
    }

    /// <summary>
    /// A paragraph in which members of a group speak or ask, which ends the cabinet's answer before it: it asks
    /// something or names the members, and does not open as the government speaking ("Het kabinet deelt de
    /// mening van de D66-fractie…" is an answer).
    /// </summary>
    public static bool IsMembersVoice(string text) =>
        (text.Contains('?', StringComparison.Ordinal) || text.AsSpan().IndexOfAny(MembersPhrases) >= 0) && !GovernmentVoice().IsMatch(text);

    /// <summary>How Dutch consultations name the asking members; a plain substring search, no regex backtracking.</summary>
    private static readonly System.Buffers.SearchValues<string> MembersPhrases = System.Buffers.SearchValues.Create(
        ["de leden", "De leden", "deze leden", "Deze leden", "de fractie", "De fractie", "deze fractie", "Deze fractie", "-fractie", "-leden"],
        StringComparison.Ordinal);

    /// <summary>"II Antwoord/ Reactie van de minister", "III Volledige agenda": a part of the document, not a topic.</summary>
    public static bool IsPartHeading(string text) => PartNumber().IsMatch(text);

    [GeneratedRegex(@"^[IVX]{1,5}\.?\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PartNumber();

    [GeneratedRegex(@"\s(?:jl|a\.s)\.$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingDateAbbreviation();

    [GeneratedRegex(@"^(?:Het kabinet|Ook het kabinet|Het Nederlandse kabinet|Dit kabinet|De regering|Nederland\b|Zie\b|Voor het antwoord|Het antwoord|In antwoord)", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentVoice();

    [GeneratedRegex(@"[.,;:!?…]$")]
    private static partial Regex TrailingPunctuation();

}
