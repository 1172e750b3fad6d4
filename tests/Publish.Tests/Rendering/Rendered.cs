using Publish.Rendering;

namespace Publish.Tests.Rendering;

/// <summary>Renders a translated sample to bytes with the repository's templates.</summary>
internal static class Rendered
{
    public static readonly DateOnly Date = new(2026, 11, 20);

    public static RenderOptions Options(RenderLayout layout, RenderFormat format) => new()
    {
        Layout = layout,
        Format = format,
        TemplateDirectory = Path.Combine(Samples.Root, "templates"),
        Date = Date,
        Author = "Publish tests",
    };

    public static byte[] Bytes(string sample, RenderLayout layout, RenderFormat format) =>
        Bytes(TranslatedSamples.Document(sample), Options(layout, format));

    public static byte[] Bytes(Publish.Documents.TranslatedDocument document, RenderOptions options)
    {
        using var stream = new MemoryStream();
        BriefingRenderer.Render(document, options, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the bytes to a temporary file for the command-line tools; deleted by the caller's using.</summary>
    public static TemporaryFile File(byte[] bytes, string extension) => new(bytes, extension);
}

internal sealed class TemporaryFile : IDisposable
{
    public TemporaryFile(byte[] bytes, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "publish-render-" + Guid.NewGuid().ToString("N") + extension);
        System.IO.File.WriteAllBytes(Path, bytes);
    }

    public string Path { get; }

    public void Dispose() => System.IO.File.Delete(Path);
}
