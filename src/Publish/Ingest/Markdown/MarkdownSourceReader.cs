using System.Text;
using Markdig;
using Publish.Documents;
using Publish.Ingest.Docx;

namespace Publish.Ingest.Markdown;

/// <summary>
/// Reads a Markdown file (CommonMark with footnotes and pipe tables) into the same <see cref="SourceLayout"/>
/// the text reader produces. Line is the 1-based source line where each block starts.
/// </summary>
/// <remarks>
/// The bytes must be UTF-8, with or without a byte order mark; anything else is refused rather than
/// guessed, since a wrong guess silently corrupts every accented Dutch word. See
/// <see cref="MarkdownBlockWalker"/> for how blocks map to hints and <see cref="MarkdownFootnoteNumbers"/>
/// for footnote numbering.
/// </remarks>
internal sealed class MarkdownSourceReader : ISourceReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .Build();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SourceLayout Read(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var source = Decode(file);
        var document = Markdig.Markdown.Parse(source, Pipeline);
        var layout = new SourceLayout(SourceFormat.Markdown);
        var numbers = new MarkdownFootnoteNumbers(document);
        new MarkdownBlockWalker(layout, numbers, source).Walk(document);

        foreach (var footnote in numbers.Footnotes)
        {
            var builder = new AnchoredTextBuilder();
            MarkdownInlineText.AppendBlocks(footnote, builder, numbers);
            var (text, _) = builder.Build();
            layout.Footnotes.Add(new SourceParagraph(text, ParagraphHint.Footnote, footnote.Line + 1)
            {
                Label = numbers.NumberOf(footnote),
            });
        }

        return layout;
    }

    /// <summary>Strict UTF-8 decoding; a leading byte order mark is dropped.</summary>
    public static string Decode(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var bytes = file.Bytes.AsSpan();
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int? line = e.Index >= 0 && e.Index <= bytes.Length ? bytes[..e.Index].Count((byte)'\n') + 1 : null;
            throw new PublishInputException(file.Path, "is not valid UTF-8 text", line, e);
        }
    }
}
