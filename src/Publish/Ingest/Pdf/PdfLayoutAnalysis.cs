namespace Publish.Ingest.Pdf;

/// <summary>
/// A PDF read as far as layout goes: its pages of lines, each with its role, the document statistics the roles
/// were derived from, the footnote bodies, and the metadata taken from colophon and footer. The source reader
/// builds paragraphs from it; <c>publish inspect</c> shows it.
/// </summary>
internal sealed class PdfLayoutAnalysis
{
    private PdfLayoutAnalysis(List<PdfPageLines> pages, PdfPageStatistics statistics, List<PdfFootnote> footnotes, SortedDictionary<string, string> metadata)
    {
        Pages = pages;
        Statistics = statistics;
        Footnotes = footnotes;
        Metadata = metadata;
    }

    public List<PdfPageLines> Pages { get; }

    public PdfPageStatistics Statistics { get; }

    public List<PdfFootnote> Footnotes { get; }

    public SortedDictionary<string, string> Metadata { get; }

    /// <exception cref="PublishInputException">The file is encrypted, damaged or has no text layer.</exception>
    public static PdfLayoutAnalysis Analyze(SourceFile file)
    {
        var pages = PdfLayoutReader.Read(file);
        var statistics = new PdfPageStatistics(pages);
        var metadata = new SortedDictionary<string, string>(StringComparer.Ordinal);
        PdfLineRoleClassifier.Classify(pages, statistics, metadata);
        var footnotes = PdfFootnoteLinker.FindBodies(pages, statistics);
        return new PdfLayoutAnalysis(pages, statistics, footnotes, metadata);
    }
}
