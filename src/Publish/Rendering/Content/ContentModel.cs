namespace Publish.Rendering.Content;

/// <summary>How a run of text looks; each format maps these to its own styles, defined once.</summary>
internal enum RunStyle
{
    Normal,
    Strong,
    Emphasis,

    /// <summary>Source text standing in for a missing translation.</summary>
    Untranslated,

    /// <summary>The visible "not translated" flag in front of such text.</summary>
    UntranslatedMarker,
}

/// <summary>Text inside a paragraph: a run, or a reference to a footnote.</summary>
internal abstract record Inline(string Language);

internal sealed record TextRun(string Text, string Language, RunStyle Style = RunStyle.Normal) : Inline(Language);

/// <summary>
/// A footnote reference. <paramref name="Linked"/> is false for the second mention of a note (the Dutch
/// column of the bilingual table): it prints the number but does not own the note.
/// </summary>
internal sealed record NoteReference(string Number, string Language, bool Linked = true) : Inline(Language);

/// <summary>What a paragraph is in the letter or Q&amp;A structure; decides spacing and alignment.</summary>
internal enum ParagraphRole
{
    Body,

    /// <summary>"Question from the VVD group", "Answer 12".</summary>
    Label,
    Question,
    Salutation,
    Closing,
    Signature,

    /// <summary>Date, reference and other lines under the title.</summary>
    Meta,
    ListItem,
    TableHeader,
}

internal abstract record ContentBlock(string Language);

internal sealed record HeadingBlock(int Level, string Language, IReadOnlyList<Inline> Inlines) : ContentBlock(Language);

internal sealed record ParagraphBlock(ParagraphRole Role, string Language, IReadOnlyList<Inline> Inlines) : ContentBlock(Language);

/// <summary>A bulleted or numbered list; each item's label is printed, not generated.</summary>
internal sealed record ListBlock(string Language, IReadOnlyList<ListItem> Items) : ContentBlock(Language);

internal sealed record ListItem(string Label, IReadOnlyList<Inline> Inlines);

internal sealed record TableCell(string Language, IReadOnlyList<ContentBlock> Content);

internal sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A table with one header row (repeated on every page) and relative column widths.</summary>
internal sealed record TableBlock(string Language, IReadOnlyList<TableCell> Header, IReadOnlyList<TableRow> Rows, IReadOnlyList<double> ColumnWeights)
    : ContentBlock(Language);

/// <summary>A footnote: its printed number and its paragraphs (two, Dutch then English, in the bilingual layout).</summary>
internal sealed record Footnote(string Number, IReadOnlyList<ParagraphBlock> Paragraphs);
