namespace Publish.Rendering.Layouts;

/// <summary>BCP 47 tags the renderers write (xml:lang in DOCX, /Lang in PDF).</summary>
internal static class Languages
{
    /// <summary>The source language; the document contract's "nl" printed with its region.</summary>
    public const string Dutch = "nl-NL";

    public const string UntranslatedMarker = "[not translated]";
}
