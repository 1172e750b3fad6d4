using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Publish.Memory;

/// <summary>
/// The form in which sources are compared for exact matches: Unicode NFC, every run of white space
/// (including no-break spaces) one space, no leading or trailing space, typographic quotes unified to
/// ASCII ones. Case is kept: "Kabinet" and "kabinet" are different sentences for an exact match.
/// </summary>
public static class SegmentNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNormal(text))
        {
            return text;
        }

        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var result = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(UnifiedQuote(c));
        }

        return result.ToString();
    }

    /// <summary>
    /// A 64-bit hash of the normalised text (the first eight bytes of its SHA-256), never 0: 0 stands for
    /// "no neighbouring segment" in the context hashes. A collision among a billion units has a probability
    /// of about 3·10⁻², among a million of 3·10⁻⁸; lookups compare the normalised text as well.
    /// </summary>
    public static long Hash(string text) => HashNormalized(Normalize(text));

    /// <summary><see cref="Hash"/> of a text that is already normalised (the import normalises once).</summary>
    internal static long HashNormalized(string normalized)
    {
        Span<byte> digest = stackalloc byte[32];
        var length = Encoding.UTF8.GetMaxByteCount(normalized.Length);
        byte[]? rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var utf8 = rented ?? stackalloc byte[1024];
        SHA256.HashData(utf8[..Encoding.UTF8.GetBytes(normalized, utf8)], digest);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        var hash = BinaryPrimitives.ReadInt64LittleEndian(digest);
        return hash == 0 ? 1 : hash;
    }

    /// <summary>
    /// Whether <see cref="Normalize"/> would return the text unchanged: single spaces only, none at the ends, no
    /// quote to unify, NFC. Most stored and queried sentences are, and then no copy is made.
    /// </summary>
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' '))
        {
            return false;
        }

        var previousSpace = false;
        foreach (var c in text)
        {
            var space = c == ' ';
            if ((space && previousSpace) || (!space && char.IsWhiteSpace(c)) || UnifiedQuote(c) != c)
            {
                return false;
            }

            previousSpace = space;
        }

        return text.IsNormalized(NormalizationForm.FormC);
    }

    private static char UnifiedQuote(char c) => c switch
    {
        '‘' or '’' or '‚' or '‛' or '′' or '`' or '´' => '\'',
        '“' or '”' or '„' or '‟' or '″' or '«' or '»' => '"',
        _ => c,
    };
}
