namespace Publish.Documents;

/// <summary>A structural unit of the source: a title, heading, paragraph, question, answer, footnote…</summary>
public sealed class Block
{
    public Block(BlockKind kind, string text)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>Stable id: the same input gives the same ids (assigned by position).</summary>
    public string Id { get; set; } = "";

    public BlockKind Kind { get; set; }

    /// <summary>Answer number, footnote number or list label, when the source has one.</summary>
    public string? Number { get; set; }

    /// <summary>For question blocks: the parliamentary group (fractie).</summary>
    public string? Party { get; set; }

    /// <summary>For answer blocks: the id of the question block it answers.</summary>
    public string? Answers { get; set; }

    /// <summary>The label the source printed for this block, e.g. "12. Antwoord van het kabinet:" or "Vraag 3".</summary>
    public string? Label { get; set; }

    /// <summary>Heading level (1 = top) where the source tells it.</summary>
    public int? Level { get; set; }

    /// <summary>The reconstructed text: lines joined, hyphenation repaired, footnote markers removed.</summary>
    public string Text { get; set; }

    /// <summary>1-based line (text sources) or paragraph index (DOCX) where the block starts.</summary>
    public int? Line { get; set; }

    /// <summary>Table cells, for table rows; <see cref="Text"/> holds them joined by tabs.</summary>
    public IReadOnlyList<string>? Cells { get; set; }

    /// <summary>Where footnote markers stood in <see cref="Text"/> before they were removed.</summary>
    public List<FootnoteAnchor> FootnoteAnchors { get; } = [];

    public List<Segment> Segments { get; } = [];
}

/// <summary>A removed footnote marker: the offset in the block text where it stood, and its number.</summary>
public sealed record FootnoteAnchor(int Offset, string Number);
