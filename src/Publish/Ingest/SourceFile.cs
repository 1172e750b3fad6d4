using System.Security.Cryptography;

namespace Publish.Ingest;

/// <summary>The raw bytes of one source file, read once, with the hash that identifies them.</summary>
internal sealed class SourceFile
{
    public SourceFile(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The path as the user gave it; used in messages and in the output.</summary>
    public string Path { get; }

    public byte[] Bytes { get; }

    public string Sha256 { get; }

    public static SourceFile Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new PublishInputException(path, "is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new PublishInputException(path, "file not found");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PublishInputException(path, $"cannot be read: {e.Message}", inner: e);
        }

        if (bytes.Length == 0)
        {
            throw new PublishInputException(path, "is empty");
        }

        return new SourceFile(path, bytes);
    }
}
