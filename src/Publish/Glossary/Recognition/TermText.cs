namespace Publish.Glossary.Recognition;

/// <summary>
/// Character classes and folding shared by glossary forms and the text they are matched in. Folding keeps
/// one character per character, so offsets found on folded text are offsets into the original.
/// </summary>
internal static class TermText
{
    // One table for the whole BMP: a lookup per character is the recogniser's hottest operation.
    private static readonly char[] CaseFold = BuildCaseFold();

    /// <summary>Letters and digits: what a word is made of. A match must not continue into one.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The hyphens that join compound parts: ASCII hyphen-minus, hyphen and non-breaking hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Same character with typographic apostrophes and hyphens made plain; case kept.</summary>
    public static char FoldPunctuation(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u2010' or '\u2011' => '-',
        _ => c,
    };

    /// <summary><see cref="FoldPunctuation"/> and lower case (invariant): the key of the shared trie.</summary>
    public static char FoldCase(char c) => CaseFold[c];

    /// <summary>
    /// A form as the recogniser stores it: trimmed, each run of whitespace one space, punctuation folded.
    /// Case is kept; the trie key is this with <see cref="FoldCase"/> applied.
    /// </summary>
    public static string NormalizeForm(string form)
    {
        var builder = new System.Text.StringBuilder(form.Length);
        var pendingSpace = false;
        foreach (var c in form.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(FoldPunctuation(c));
        }

        return builder.ToString();
    }

    private static char[] BuildCaseFold()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = char.ToLowerInvariant(FoldPunctuation((char)i));
        }

        return table;
    }
}
