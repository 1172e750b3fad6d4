namespace Publish.Interchange.Xliff;

/// <summary>The XLIFF versions Publish writes and reads.</summary>
public enum XliffVersion
{
    /// <summary>XLIFF 2.1 (namespace urn:oasis:names:tc:xliff:document:2.0, version="2.1").</summary>
    V21,

    /// <summary>XLIFF 1.2 (namespace urn:oasis:names:tc:xliff:document:1.2), what OmegaT's and Translate Toolkit's filters read best.</summary>
    V12,
}
