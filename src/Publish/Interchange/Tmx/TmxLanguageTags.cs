namespace Publish.Interchange.Tmx;

/// <summary>
/// <see cref="TmxConventions.NormalizeLanguage"/> remembered per tag as written: a file names the same two or
/// three tags a million times, so each is normalised once.
/// </summary>
internal sealed class TmxLanguageTags
{
    private const int MaximumRemembered = 256;
    private readonly Dictionary<string, string> normalized = new(StringComparer.Ordinal);

    public string Normalize(string tag)
    {
        if (normalized.TryGetValue(tag, out var known))
        {
            return known;
        }

        var result = TmxConventions.NormalizeLanguage(tag);
        if (normalized.Count < MaximumRemembered)
        {
            normalized[tag] = result;
        }

        return result;
    }
}
