using System.Text;
using Publish.Documents;

namespace Publish.Tests.Ingest;

/// <summary>Text, DOCX and Markdown sources of the same document give the same model.</summary>
public class FormatParityTests
{
    [Fact]
    public void The_DOCX_of_sample_002_gives_the_same_segments_and_footnote_links_as_its_text_extraction()
    {
        var text = Samples.Document("002");
        var docx = new DocumentPipeline().Process(Path.Combine(Samples.Root, "samples", "docx", "002-letter.docx"));

        Assert.Equal(SourceFormat.Docx, docx.Source.Format);
        Assert.Equal(DocumentKind.Letter, docx.Kind);
        var textSegments = text.Blocks.Where(b => b.Kind is not (BlockKind.Title or BlockKind.Other) && b.Segments.Count > 0)
            .Where(b => b.Kind != BlockKind.Signature || !b.Text.StartsWith('['))
            .SelectMany(b => b.Segments.Select(s => (b.Kind, s.Text, Footnotes: string.Join(",", s.Footnotes))));
        var docxSegments = docx.Blocks.Where(b => b.Kind != BlockKind.Title)
            .SelectMany(b => b.Segments.Select(s => (b.Kind, s.Text, Footnotes: string.Join(",", s.Footnotes))));
        Assert.Equal(textSegments, docxSegments);
    }

    [Fact]
    public void Markdown_written_from_sample_000_reads_back_to_the_same_blocks()
    {
        var text = Samples.Document("000");
        var markdown = ToMarkdown(text);

        var md = new DocumentPipeline().Process("000.md", Encoding.UTF8.GetBytes(markdown));

        Assert.Equal(SourceFormat.Markdown, md.Source.Format);
        Assert.Equal(text.Blocks.Select(b => (b.Kind, b.Number, b.Text)), md.Blocks.Select(b => (b.Kind, b.Number, b.Text)));
        Assert.Equal(text.Segments.Select(s => (s.Id, s.Text, string.Join(",", s.Footnotes))), md.Segments.Select(s => (s.Id, s.Text, string.Join(",", s.Footnotes))));
    }

    private static string ToMarkdown(PublishDocument document)
    {
        var md = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            var body = new StringBuilder(block.Text);
            foreach (var anchor in block.FootnoteAnchors.OrderByDescending(a => a.Offset))
            {
                body.Insert(anchor.Offset, $"[^{anchor.Number}]");
            }

            md.Append(block.Kind switch
            {
                BlockKind.Title => "# ",
                BlockKind.Heading => "## ",
                BlockKind.Footnote => $"[^{block.Number}]: ",
                _ => "",
            }).Append(body).Append("\n\n");
        }

        return md.ToString();
    }
}
