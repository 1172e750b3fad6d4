using Publish.Documents;

namespace Publish.Ingest;

/// <summary>What a reader knows about a paragraph's role from the source's own markup.</summary>
internal enum ParagraphHint
{
    /// <summary>Plain text: the structure stage decides (answer label, party heading, salutation…).</summary>
    None,
    Title,
    Heading,
    ListItem,
    TableRow,
    Footnote,
}

/// <summary>
/// One paragraph as a reader recovered it: text already unwrapped, dehyphenated, NFC, single-spaced,
/// footnote markers removed and remembered as anchors. Readers of every format produce these; the shared
/// structure stage turns them into blocks, so text, DOCX, Markdown and PDF give the same model.
/// </summary>
internal sealed class SourceParagraph
{
    public SourceParagraph(string text, ParagraphHint hint = ParagraphHint.None, int? line = null)
    {
        Text = text;
        Hint = hint;
        Line = line;
    }

    public string Text { get; set; }

    public ParagraphHint Hint { get; set; }

    /// <summary>1-based source line or paragraph index, for messages.</summary>
    public int? Line { get; }

    /// <summary>Heading level (1 = top) for <see cref="ParagraphHint.Heading"/>.</summary>
    public int? Level { get; init; }

    /// <summary>Footnote number for footnote bodies; list label ("1.", "a)", "•") for list items.</summary>
    public string? Label { get; init; }

    public IReadOnlyList<string>? Cells { get; init; }

    public List<FootnoteAnchor> Anchors { get; } = [];
}

/// <summary>Everything a reader hands on: paragraphs in reading order, footnote bodies, warnings, metadata.</summary>
internal sealed class SourceLayout
{
    public SourceLayout(SourceFormat format) => Format = format;

    public SourceFormat Format { get; }

    /// <summary>Body paragraphs in reading order.</summary>
    public List<SourceParagraph> Paragraphs { get; } = [];

    /// <summary>Footnote bodies (hint <see cref="ParagraphHint.Footnote"/>, label = number), in number order.</summary>
    public List<SourceParagraph> Footnotes { get; } = [];

    public List<DocumentWarning> Warnings { get; } = [];

    public SortedDictionary<string, string> Metadata { get; } = new(StringComparer.Ordinal);
}

/// <summary>Reads one source format into paragraphs. Throws <see cref="PublishInputException"/> on bad input.</summary>
internal interface ISourceReader
{
    SourceLayout Read(SourceFile file);
}
