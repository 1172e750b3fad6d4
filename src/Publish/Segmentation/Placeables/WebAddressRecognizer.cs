using System.Text.RegularExpressions;
using Publish.Documents;

namespace Publish.Segmentation.Placeables;

/// <summary>
/// Finds URLs ("https://www.nato.int/…", "www.rijksoverheid.nl") and e-mail addresses ("info@minbuza.nl").
/// Their English rendering is the text itself. Sentence punctuation after an address is not part of it.
/// </summary>
internal sealed partial class WebAddressRecognizer : IPlaceableCandidateRecognizer
{
    private const string TrailingPunctuation = ".,;:!?'\"’”";

    public void AddCandidates(string text, List<RecognizedPlaceable> candidates)
    {
        if (text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match match in Url().Matches(text))
            {
                var length = TrimUrl(match.ValueSpan);
                candidates.Add(RecognizedPlaceable.Create(text, match.Index, length, PlaceableKind.Url, null));
            }
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            foreach (Match match in Email().Matches(text))
            {
                var length = match.ValueSpan.TrimEnd(".-").Length;
                candidates.Add(RecognizedPlaceable.Create(text, match.Index, length, PlaceableKind.Email, null));
            }
        }
    }

    /// <summary>Drops trailing punctuation, and a closing parenthesis unless the URL itself opened one.</summary>
    private static int TrimUrl(ReadOnlySpan<char> url)
    {
        while (url.Length > 0)
        {
            var last = url[^1];
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal)
                || (last == ')' && url.Count('(') < url.Count(')')))
            {
                url = url[..^1];
                continue;
            }

            break;
        }

        return url.Length;
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}@/.])(?:https?://|www\.)[^\s<>""]+",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
