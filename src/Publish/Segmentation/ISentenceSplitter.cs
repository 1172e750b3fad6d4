namespace Publish.Segmentation;

/// <summary>A half-open range of UTF-16 code units in a string.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Splits a block's text into sentences.</summary>
internal interface ISentenceSplitter
{
    /// <summary>
    /// Sentence ranges in order, each trimmed of surrounding whitespace; the text between two ranges
    /// (and before the first and after the last) is whitespace only. Empty or blank text gives no range.
    /// </summary>
    IReadOnlyList<TextRange> Split(string text);
}
