using System.Text;
using System.Text.RegularExpressions;
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
internal static partial class MatchTokenizer
{
    internal const char TokenSeparator = '\u001F';
    internal const char LiteralMark = '\u0002';
    private const char PlaceableMark = '\u0001';

    private static readonly PlaceableRecognizer Recognizer = new();

    public static MatchToken[] Tokenize(string normalizedSource)
    {
        var tokens = new List<MatchToken>();
        var position = 0;
        foreach (var placeable in Recognizer.Recognize(normalizedSource))
        {
            AddWords(normalizedSource, position, placeable.Start, tokens);
            tokens.Add(new MatchToken(PlaceableKey(placeable.Kind), placeable.Text));
            position = placeable.End;
        }

        AddWords(normalizedSource, position, normalizedSource.Length, tokens);
        return [.. tokens];
    }

    public static string Serialize(MatchToken[] tokens)
    {
        var text = new StringBuilder();
        foreach (var token in tokens)
        {
            if (text.Length > 0)
            {
                text.Append(TokenSeparator);
            }

            text.Append(token.Key);
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
        foreach (Match match in Word().Matches(text))
        {
            words.Add(match.Value);
        }

        return words;
    }

    private static string PlaceableKey(PlaceableKind kind) => PlaceableMark + kind.ToString();

    private static void AddWords(string text, int start, int end, List<MatchToken> tokens)
    {
        if (start >= end)
        {
            return;
        }

        foreach (Match match in Word().Matches(text[start..end]))
        {
            tokens.Add(new MatchToken(match.Value.ToLowerInvariant(), null));
        }
    }

    // A word keeps its internal apostrophes and hyphens ("zo'n", "EU-lidstaten"); other marks are one token each.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
