using System.Globalization;
using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds Kamerstuk references, labelled ("Kamerstuk 28 676, nr. 394", "Motie 28 676, nr. 365",
/// "Kamerstuknummer 21501-28-229") or bare ("(28 676, nr. 430)", "29023-276", "33783-48/2021D50613"),
/// and Kamer registration numbers ("2021Z20741", kind <see cref="PlaceableKind.Reference"/>).
/// A date after the reference ("nr. 350 van 30 november 2020") is left to the date recogniser.
/// </summary>
internal sealed partial class KamerstukReferenceRecognizer : IPlaceableCandidateRecognizer
{
    private const string Gap = @"[ \u00A0\u2009\u202F]";

    // Five digits, printed grouped ("28 676") or not ("28676").
    private const string Dossier = @"[1-9][0-9]" + Gap + @"?[0-9]{3}";

    // A dossier with its sub-number: "21 501-20", or a budget chapter / letter: "35 925 V".
    private const string Entry = Dossier + @"(?:-[0-9]{1,3}|" + Gap + @"(?:[IVXL]{1,4}|[A-Z]))?(?![\p{L}\p{N}]|-[0-9])";

    private const string Registration = @"(?:19|20)[0-9]{2}[A-Z][0-9]{5}";

    // "nr. 394", or with "nrs." a list "nrs. 5, 6 en 7" (a following dossier "… en 36 045" is not a number).
    private const string DocumentNumbers =
        @"(?:nrs\.?" + Gap + @"?(?<doc>[0-9]{1,4})(?:(?:," + Gap + @"?|" + Gap + @"en" + Gap + @")(?<doc>[0-9]{1,4})(?![0-9]|" + Gap + @"[0-9]{3}(?![0-9])))*"
        + @"|nr\.?" + Gap + @"?(?<doc>[0-9]{1,4}))(?![\p{L}\p{N}])";

    private const string NumberedForm = @"(?<entry>" + Entry + @")(?:" + Gap + @"en" + Gap + @"(?<entry>" + Entry + @"))*";

    private const string NotFollowedByNr = @"(?!,?\s?nrs?\.?\s?[0-9])";

    // Registration notation: dossier[-sub]-document[/registration]; the last hyphenated number is the document.
    private const string HyphenForm =
        @"(?<entry>[1-9][0-9]{4}(?:-[0-9]{1,3})?)-(?<doc>[0-9]{1,4})(?:/(?<reg>" + Registration + @"))?(?![\p{L}\p{N}]|[-/][0-9])" + NotFollowedByNr;

    private static readonly string[] LabelHints = ["amerstuk", "otie"];

    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        if (ContainsLabelHint(text))
        {
            AddReferences(LabelledReference().Matches(text), text, candidates);
        }

        AddReferences(BareReference().Matches(text), text, candidates);
        foreach (Match match in RegistrationNumber().Matches(text))
        {
            var value = new KamerRegistrationNumber(
                int.Parse(match.Groups["year"].ValueSpan, provider: CultureInfo.InvariantCulture),
                match.Groups["series"].Value[0],
                match.Groups["serial"].Value);
            candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Reference, value));
        }
    }

    public void AddSpans(string text, List<PlaceableSpan> spans)
    {
        if (ContainsLabelHint(text))
        {
            AddSpans(LabelledReference().EnumerateMatches(text), PlaceableKind.Kamerstuk, spans);
        }

        AddSpans(BareReference().EnumerateMatches(text), PlaceableKind.Kamerstuk, spans);
        AddSpans(RegistrationNumber().EnumerateMatches(text), PlaceableKind.Reference, spans);
    }

    private static void AddSpans(Regex.ValueMatchEnumerator matches, PlaceableKind kind, List<PlaceableSpan> spans)
    {
        foreach (var match in matches)
        {
            spans.Add(new PlaceableSpan(match.Index, match.Length, kind));
        }
    }

    private static bool ContainsLabelHint(string text)
    {
        foreach (var hint in LabelHints)
        {
            if (text.Contains(hint, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddReferences(MatchCollection matches, string text, List<RecognizedPlaceable> candidates)
    {
        foreach (Match match in matches)
        {
            candidates.Add(RecognizedPlaceable.Create(text, match.Index, match.Length, PlaceableKind.Kamerstuk, Parse(match)));
        }
    }

    private static KamerstukReference Parse(Match match)
    {
        var dossiers = match.Groups["entry"].Captures.Select(c => ParseEntry(c.Value)).ToList();
        var documents = match.Groups["doc"].Captures.Select(c => c.Value).ToList();
        var registration = match.Groups["reg"].Success ? match.Groups["reg"].Value : null;
        return new KamerstukReference(dossiers, documents, registration, match.Groups["motion"].Success, match.Groups["plural"].Success);
    }

    /// <summary>Splits "21 501-20" / "35 925 V" / "28676" into the five digits and what follows them.</summary>
    private static KamerstukDossier ParseEntry(string entry)
    {
        var digits = 0;
        var i = 0;
        for (; i < entry.Length && digits < 5; i++)
        {
            if (char.IsAsciiDigit(entry[i]))
            {
                digits++;
            }
        }

        var sub = entry[i..].TrimStart('-', ' ', '\u00A0', '\u2009', '\u202F');
        return KamerstukDossier.Create(entry[..i], sub);
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:(?<motion>[Mm]otie)|[Kk]amerstuk(?:nummer(?<plural>s)?|(?<plural>ken))?)" + Gap
        + @"(?:(?<entry>[1-9][0-9]{4}(?:-[0-9]{1,3})?)-" + Gap + @"?(?<doc>[0-9]{1,4})(?:/(?<reg>" + Registration + @"))?(?![\p{L}\p{N}]|[-/][0-9])" + NotFollowedByNr
        + @"|" + NumberedForm + @"(?:,?" + Gap + DocumentNumbers + @")?)",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledReference();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}\-/.,])(?:" + HyphenForm + @"|" + NumberedForm + @",?" + Gap + DocumentNumbers + @")",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex BareReference();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?<year>(?:19|20)[0-9]{2})(?<series>[A-Z])(?<serial>[0-9]{5})(?![\p{L}\p{N}])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RegistrationNumber();
}
