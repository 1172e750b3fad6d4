namespace Publish.Memory.Sqlite;

/// <summary>
/// FNV-1a, 64 bits, over UTF-16 code units: stable across processes and .NET versions, unlike
/// string.GetHashCode, so hashes written into the fuzzy index stay valid for later processes.
/// </summary>
internal static class Fnv1a
{
    public const ulong Start = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = Append(hash, c);
        }

        return hash;
    }

    public static ulong Append(ulong hash, char c) => (hash ^ c) * Prime;

    public static long Of(ReadOnlySpan<char> text) => unchecked((long)Append(Start, text));
}
