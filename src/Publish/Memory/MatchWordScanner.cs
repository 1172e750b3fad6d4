namespace Publish.Memory;

/// <summary>
/// Splits text into the words and marks the fuzzy comparison and the word diff work on, without a regular
/// expression, substrings or match objects: an import tokenises a million sentences. It finds exactly what
/// <c>[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]</c> finds in .NET (<c>MatchTokenizerTests</c> compares
/// the two on generated text): a word keeps its internal apostrophes and hyphens ("zo'n", "EU-lidstaten"), every
/// other character that is not white space is a token of its own.
/// </summary>
internal static class MatchWordScanner
{
    /// <summary>The next token at or after <paramref name="position"/>, or false at the end.</summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        start = i;
        if (i == text.Length)
        {
            length = 0;
            position = i;
            return false;
        }

        if (!IsWordCharacter(text[i]))
        {
            length = 1;
            position = i + 1;
            return true;
        }

        i = SkipWordCharacters(text, i + 1);
        while (i + 1 < text.Length && IsJoiner(text[i]) && IsWordCharacter(text[i + 1]))
        {
            i = SkipWordCharacters(text, i + 2);
        }

        length = i - start;
        position = i;
        return true;
    }

    // \p{L} and \p{N}: char.IsLetter is Lu, Ll, Lt, Lm, Lo; char.IsNumber is Nd, Nl, No. Both work on UTF-16 code
    // units, as the regular expression engine does, so a surrogate half is neither.
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-';

    private static int SkipWordCharacters(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsWordCharacter(text[i]))
        {
            i++;
        }

        return i;
    }
}
