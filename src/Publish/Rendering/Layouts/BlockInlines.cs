using Publish.Documents;
using Publish.Rendering.Content;

namespace Publish.Rendering.Layouts;

/// <summary>
/// The Dutch and the English text of one block as runs, with footnote references where the source cites
/// them. A note is linked (owns the footnote) only at its first citation in the English; every other
/// mention prints the number only, so DOCX and PDF hold exactly one note per source footnote.
/// </summary>
internal sealed class BlockInlines(TranslatedDocument document, IReadOnlySet<string> footnoteNumbers)
{
    private readonly HashSet<string> linkedNotes = new(StringComparer.Ordinal);

    public string English => document.TargetLanguage;

    /// <summary>The source text with its footnote markers back where they stood.</summary>
    public List<Inline> Dutch(Block block)
    {
        var inlines = new List<Inline>();
        int start = 0;
        foreach (var anchor in block.FootnoteAnchors.Where(a => footnoteNumbers.Contains(a.Number)).OrderBy(a => a.Offset))
        {
            int offset = Math.Clamp(anchor.Offset, start, block.Text.Length);
            AddText(inlines, block.Text[start..offset], Languages.Dutch, RunStyle.Normal);
            inlines.Add(new NoteReference(anchor.Number, Languages.Dutch, Linked: false));
            start = offset;
        }

        AddText(inlines, block.Text[start..], Languages.Dutch, RunStyle.Normal);
        return inlines;
    }

    /// <summary>
    /// The English, segment by segment. An untranslated stretch gets one visible "[not translated]" flag,
    /// followed by the Dutch when <paramref name="repeatSource"/> (the English-only layouts, where the
    /// reader has no Dutch column to look at).
    /// </summary>
    public List<Inline> Target(Block block, bool repeatSource)
    {
        var inlines = new List<Inline>();
        bool inUntranslated = false;
        foreach (var segment in block.Segments)
        {
            var separator = inlines.Count > 0 ? " " : "";
            var translation = document.For(segment);
            if (translation.HasTarget)
            {
                inUntranslated = false;
                AddText(inlines, separator + translation.Target!.Trim(), English, RunStyle.Normal);
            }
            else
            {
                if (!inUntranslated)
                {
                    AddText(inlines, separator + Languages.UntranslatedMarker, English, RunStyle.UntranslatedMarker);
                    separator = " ";
                    inUntranslated = true;
                }

                if (repeatSource)
                {
                    AddText(inlines, separator + segment.Text, Languages.Dutch, RunStyle.Untranslated);
                }
            }

            foreach (var number in segment.Footnotes.Where(footnoteNumbers.Contains))
            {
                inlines.Add(new NoteReference(number, English, Linked: linkedNotes.Add(number)));
            }
        }

        return inlines;
    }

    /// <summary>True when the English of the block is complete.</summary>
    public bool IsTranslated(Block block) => document.IsTranslated(block);

    private static void AddText(List<Inline> inlines, string text, string language, RunStyle style)
    {
        if (text.Length > 0)
        {
            inlines.Add(new TextRun(text, language, style));
        }
    }
}
