using System.Text;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// A dossier of the Tweede Kamer: the five-digit number, grouped as written in print ("28 676"), and an
/// optional sub-number, either numeric ("20" in "21 501-20") or a budget chapter ("V" in "35 925 V").
/// </summary>
internal sealed record KamerstukDossier(string Number, string? SubNumber)
{
    /// <summary>Groups a five-digit dossier number as "28 676" whatever spacing the source used.</summary>
    public static KamerstukDossier Create(string writtenNumber, string? subNumber)
    {
        var digits = new StringBuilder(6);
        foreach (var c in writtenNumber)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        digits.Insert(2, ' ');
        return new KamerstukDossier(digits.ToString(), string.IsNullOrEmpty(subNumber) ? null : subNumber);
    }

    /// <summary>"21 501-20", "35 925 V" or "28 676".</summary>
    public string Display => SubNumber switch
    {
        null => Number,
        _ when char.IsAsciiDigit(SubNumber[0]) => Number + "-" + SubNumber,
        _ => Number + " " + SubNumber,
    };
}

/// <summary>
/// A parsed Kamerstuk reference: one or more dossiers, the document number(s) within them, and for the
/// "dossier-number/registration" notation the Kamer registration number. The date that often follows a
/// reference ("… nr. 350 van 30 november 2020") is not part of it: it is a separate date placeable.
/// </summary>
internal sealed record KamerstukReference(
    IReadOnlyList<KamerstukDossier> Dossiers,
    IReadOnlyList<string> DocumentNumbers,
    string? RegistrationNumber,
    bool IsMotion,
    bool IsPluralLabel) : PlaceableValue
{
    /// <summary>Plural when the source says "Kamerstukken" or names more than one dossier or document.</summary>
    public bool IsPlural => IsPluralLabel || Dossiers.Count > 1 || DocumentNumbers.Count > 1;

    /// <summary>
    /// The one English style for Kamerstuk references, e.g. "Parliamentary Paper 28 676, No. 394",
    /// "Parliamentary Papers 28 676 and 36 045, No. 395", "Motion, Parliamentary Paper 28 676, No. 365",
    /// "Parliamentary Paper 33 783, No. 48 (2021D50613)".
    /// </summary>
    public override string ToEnglish()
    {
        var english = new StringBuilder(48);
        if (IsMotion)
        {
            english.Append("Motion, ");
        }

        english.Append(IsPlural ? "Parliamentary Papers " : "Parliamentary Paper ");
        AppendList(english, Dossiers.Select(d => d.Display).ToList());
        if (DocumentNumbers.Count > 0)
        {
            english.Append(DocumentNumbers.Count > 1 ? ", Nos. " : ", No. ");
            AppendList(english, DocumentNumbers);
        }

        if (RegistrationNumber is not null)
        {
            english.Append(" (").Append(RegistrationNumber).Append(')');
        }

        return english.ToString();
    }

    /// <summary>"a", "a and b", "a, b and c" (no serial comma, as in British usage).</summary>
    private static void AppendList(StringBuilder english, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                english.Append(i == items.Count - 1 ? " and " : ", ");
            }

            english.Append(items[i]);
        }
    }
}
