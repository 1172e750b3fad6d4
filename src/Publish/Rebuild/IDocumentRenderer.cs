using Publish.Documents;

namespace Publish.Rebuild;

/// <summary>
/// A renderer as the build manifest sees it: a name recorded per output, a version that changes whenever its
/// output for the same inputs would change, and the template it reads (hashed as an input).
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>Recorded in the manifest, e.g. "english-pdf"; the rebuild finds the renderer of an output by it.</summary>
    string Name { get; }

    string Version { get; }

    /// <summary>The template file the renderer reads, or null.</summary>
    string? TemplatePath { get; }

    void Render(TranslatedDocument document, Stream output);
}
