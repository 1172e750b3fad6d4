namespace Publish.Glossary.Recognition;

/// <summary>Where one edge of a match stands relative to the word around it.</summary>
internal enum EdgeKind
{
    /// <summary>At a word boundary: space, punctuation other than a hyphen, or the end of the text.</summary>
    Word,

    /// <summary>At a hyphen joining compound parts: the "NAVO" or the "top" of "NAVO-top".</summary>
    Hyphen,

    /// <summary>Inside a run of letters and digits: "sanctie" in "sanctiepakket".</summary>
    InsideWord,

    /// <summary>Inside a word whose other part is too short to be a compound part: "sanctie" in "sancties".</summary>
    InsideWordBesideShortPart,
}

/// <summary>Decides whether a match at given edges is allowed by an entry's <see cref="CompoundUse"/>.</summary>
internal static class CompoundPosition
{
    /// <summary>
    /// The other part of a closed compound must have at least this many letters, so that an inflection
    /// ending ("sanctie" + "s") or a linking letter is never taken for a compound part.
    /// </summary>
    public const int MinimumOtherPartLength = 3;

    /// <summary>The edge at <paramref name="start"/> of a match in <paramref name="text"/>.</summary>
    /// <remarks>
    /// Only a match that starts with a letter or digit can stand inside a word or after a compound hyphen;
    /// the text's own character says so, because folding never turns a word character into another class.
    /// </remarks>
    public static EdgeKind StartEdge(string text, int start)
    {
        var startsWithWordChar = TermText.IsWordChar(text[start]);
        if (!startsWithWordChar || start == 0 || !TermText.IsWordChar(text[start - 1]))
        {
            var afterHyphen = startsWithWordChar && start >= 2 && TermText.IsHyphen(text[start - 1]) && TermText.IsWordChar(text[start - 2]);
            return afterHyphen ? EdgeKind.Hyphen : EdgeKind.Word;
        }

        return WordCharsBefore(text, start) >= MinimumOtherPartLength ? EdgeKind.InsideWord : EdgeKind.InsideWordBesideShortPart;
    }

    /// <summary>The edge at <paramref name="end"/> (exclusive) of a non-empty match in <paramref name="text"/>.</summary>
    public static EdgeKind EndEdge(string text, int end)
    {
        var endsWithWordChar = TermText.IsWordChar(text[end - 1]);
        if (!endsWithWordChar || end == text.Length || !TermText.IsWordChar(text[end]))
        {
            var beforeHyphen = endsWithWordChar && end < text.Length && TermText.IsHyphen(text[end]);
            return beforeHyphen ? EdgeKind.Hyphen : EdgeKind.Word;
        }

        return WordCharsAfter(text, end) >= MinimumOtherPartLength ? EdgeKind.InsideWord : EdgeKind.InsideWordBesideShortPart;
    }

    /// <summary>
    /// None: whole words only. Hyphen: also a part of a hyphenated compound. Closed: also the first or the
    /// last part of a closed compound, but not a middle part, and a generated inflection only as the last
    /// part (as a first part "-en"/"-s" is usually a linking morpheme: "sanctiesysteem" is not "sancties").
    /// </summary>
    public static bool Allows(CompoundUse use, EdgeKind start, EdgeKind end, bool generated)
    {
        if (start == EdgeKind.InsideWordBesideShortPart || end == EdgeKind.InsideWordBesideShortPart)
        {
            return false;
        }

        return use switch
        {
            CompoundUse.None => start == EdgeKind.Word && end == EdgeKind.Word,
            CompoundUse.Hyphen => start != EdgeKind.InsideWord && end != EdgeKind.InsideWord,
            CompoundUse.Closed => !(start == EdgeKind.InsideWord && end == EdgeKind.InsideWord)
                && !(generated && end == EdgeKind.InsideWord),
            _ => false,
        };
    }

    private static int WordCharsBefore(string text, int position)
    {
        var count = 0;
        for (var i = position - 1; i >= 0 && TermText.IsWordChar(text[i]); i--)
        {
            count++;
        }

        return count;
    }

    private static int WordCharsAfter(string text, int position)
    {
        var count = 0;
        for (var i = position; i < text.Length && TermText.IsWordChar(text[i]); i++)
        {
            count++;
        }

        return count;
    }
}
