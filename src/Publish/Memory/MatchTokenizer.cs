using System.Text;
using Publish.Documents;
using Publish.Segmentation.Placeables;

namespace Publish.Memory;

/// <summary>
/// A token of the fuzzy comparison: a lower-cased word or punctuation mark, or a placeable abstracted to its
/// kind (all dates compare equal to each other) with its literal text kept for the placeable penalty.
/// </summary>
internal readonly record struct MatchToken(string Key, string? PlaceableText)
{
    public bool IsPlaceable => PlaceableText is not null;
}

/// <summary>
/// Splits a normalised source into <see cref="MatchToken"/>s, and serialises them for storage so that
/// candidates can be scored without recognising their placeables again.
/// </summary>
internal static class MatchTokenizer
{
    internal const char TokenSeparator = '\u001F';
    internal const char LiteralMark = '\u0002';
    private const char PlaceableMark = '\u0001';

    private static readonly PlaceableRecognizer Recognizer = new();

    private static readonly Dictionary<PlaceableKind, string> PlaceableKeys =
        Enum.GetValues<PlaceableKind>().ToDictionary(kind => kind, kind => PlaceableMark + kind.ToString());

    // One per thread, reused: the import serialises on every core.
    [ThreadStatic]
    private static StringBuilder? storageBuffer;

    [ThreadStatic]
    private static List<PlaceableSpan>? spanBuffer;

    public static MatchToken[] Tokenize(string normalizedSource)
    {
        var tokens = new List<MatchToken>();
        var position = 0;
        foreach (var placeable in Spans(normalizedSource))
        {
            AddWords(normalizedSource.AsSpan(position, placeable.Start - position), tokens);
            tokens.Add(new MatchToken(PlaceableKeys[placeable.Kind], normalizedSource.Substring(placeable.Start, placeable.Length)));
            position = placeable.End;
        }

        AddWords(normalizedSource.AsSpan(position), tokens);
        return [.. tokens];
    }

    /// <summary>
    /// <see cref="Serialize"/>(<see cref="Tokenize"/>(<paramref name="normalizedSource"/>)) and the token count,
    /// without a string or token per word: what an import stores of each unit.
    /// </summary>
    public static string TokenizeForStorage(string normalizedSource, out int tokenCount)
    {
        var text = storageBuffer ??= new StringBuilder(256);
        text.Clear();
        tokenCount = 0;
        var position = 0;
        foreach (var placeable in Spans(normalizedSource))
        {
            tokenCount += AppendWords(normalizedSource.AsSpan(position, placeable.Start - position), text);
            Separate(text).Append(PlaceableKeys[placeable.Kind]).Append(LiteralMark).Append(normalizedSource.AsSpan(placeable.Start, placeable.Length));
            tokenCount++;
            position = placeable.End;
        }

        tokenCount += AppendWords(normalizedSource.AsSpan(position), text);
        return text.ToString();
    }

    /// <summary>The placeables of a normalised source, in a list reused by the calling thread until its next call.</summary>
    private static List<PlaceableSpan> Spans(string normalizedSource)
    {
        var spans = spanBuffer ??= [];
        Recognizer.RecognizeSpans(normalizedSource, spans);
        return spans;
    }

    public static string Serialize(MatchToken[] tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            Separate(text).Append(token.Key);
            if (token.PlaceableText is { } literal)
            {
                text.Append(LiteralMark).Append(literal);
            }
        }

        return text.ToString();
    }

    public static MatchToken[] Deserialize(string stored)
    {
        if (stored.Length == 0)
        {
            return [];
        }

        var parts = stored.Split(TokenSeparator);
        var tokens = new MatchToken[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var literal = parts[i].IndexOf(LiteralMark, StringComparison.Ordinal);
            tokens[i] = literal < 0 ? new MatchToken(parts[i], null) : new MatchToken(parts[i][..literal], parts[i][(literal + 1)..]);
        }

        return tokens;
    }

    /// <summary>Surface tokens (words and punctuation, case kept) for the word-level diff.</summary>
    public static List<string> SurfaceWords(string text)
    {
        var words = new List<string>();
        var position = 0;
        while (MatchWordScanner.Next(text, ref position, out var start, out var length))
        {
            words.Add(text.Substring(start, length));
        }

        return words;
    }

    private static void AddWords(ReadOnlySpan<char> text, List<MatchToken> tokens)
    {
        var position = 0;
        while (MatchWordScanner.Next(text, ref position, out var start, out var length))
        {
            tokens.Add(new MatchToken(Lower(text.Slice(start, length)), null));
        }
    }

    private static int AppendWords(ReadOnlySpan<char> text, StringBuilder output)
    {
        var count = 0;
        var position = 0;
        while (MatchWordScanner.Next(text, ref position, out var start, out var length))
        {
            Separate(output);
            foreach (var c in text.Slice(start, length))
            {
                output.Append(char.ToLowerInvariant(c));
            }

            count++;
        }

        return count;
    }

    // Character by character, as string.ToLowerInvariant maps a word (simple case mapping; a word holds no surrogates).
    private static string Lower(ReadOnlySpan<char> word) => string.Create(word.Length, word, static (lower, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(source[i]);
        }
    });

    private static StringBuilder Separate(StringBuilder text) => text.Length > 0 ? text.Append(TokenSeparator) : text;
}
