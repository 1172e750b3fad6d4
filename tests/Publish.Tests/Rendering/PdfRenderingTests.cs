using System.Text.RegularExpressions;
using Publish.Documents;
using Publish.Rendering;

namespace Publish.Tests.Rendering;

/// <summary>The rendered PDFs reopened with poppler-utils and qpdf: text, fonts, tags, structure, languages.</summary>
public class PdfRenderingTests
{
    [Theory]
    [InlineData("002", RenderLayout.English)]
    [InlineData("000", RenderLayout.English)]
    [InlineData("002", RenderLayout.Brief)]
    public void Pdftotext_gives_every_english_segment_in_reading_order(string sample, RenderLayout layout)
    {
        var document = TranslatedSamples.Document(sample);
        using var pdf = Rendered.File(Rendered.Bytes(sample, layout, RenderFormat.Pdf), ".pdf");
        var notes = document.Source.Blocks.Where(b => b.Kind == BlockKind.Footnote).SelectMany(b => b.Segments).Select(s => document.For(s).Target ?? s.Text).ToList();

        // Running header and footer, and note lines at the page foot, sit between the lines of a paragraph that crosses a page.
        var lines = PdfTools.Run("pdftotext", pdf.Path, "-").Split('\n', '\f').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var header = lines[0];
        var body = string.Join(" ", lines.Where(l => l != header && !Regex.IsMatch(l, @"^(\d+ \w+ \d{4}|Page \d+ of \d+)$") && !notes.Any(n => (" " + n).EndsWith(" " + l.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' '), StringComparison.Ordinal) || n.Contains(l, StringComparison.Ordinal))));
        var text = Regex.Replace(body, @"\s+", " ");

        int position = 0;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind is not (BlockKind.Footnote or BlockKind.Title)))
        {
            foreach (var target in block.Segments.Select(s => document.For(s)).Where(t => t.HasTarget).Select(t => t.Target!))
            {
                int found = text.IndexOf(target, position, StringComparison.Ordinal);
                Assert.True(found >= 0, $"missing or out of order: {target}");
                position = found + target.Length;
            }
        }
    }

    [Theory]
    [InlineData("001", RenderLayout.Bilingual)]
    [InlineData("002", RenderLayout.English)]
    [InlineData("000", RenderLayout.Brief)]
    public void Every_font_is_embedded_with_a_unicode_map_and_the_pdf_is_tagged(string sample, RenderLayout layout)
    {
        using var pdf = Rendered.File(Rendered.Bytes(sample, layout, RenderFormat.Pdf), ".pdf");

        var fonts = PdfTools.Run("pdffonts", pdf.Path).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        var info = PdfTools.Run("pdfinfo", pdf.Path);

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"Liberation \S+.*Identity-H\s+yes\s+yes\s+yes", f));
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Matches(@"Title:\s+\S", info);
    }

    [Fact]
    public void The_bilingual_structure_tree_has_headings_header_cells_rows_of_a_dutch_and_an_english_cell_and_notes_in_order()
    {
        var document = TranslatedSamples.Document("002");
        using var pdf = Rendered.File(Rendered.Bytes("002", RenderLayout.Bilingual, RenderFormat.Pdf), ".pdf");

        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf.Path);

        Assert.Matches(@"^Document\n  H1", tree);
        Assert.Equal(2, Regex.Count(tree, @"TH:?\n\s+/Scope /Column"));
        var rows = Regex.Split(tree, @"\n    TR\n").Skip(1).ToList();

        // A row cut at a page break continues as a row of its own: at least one row per block.
        Assert.InRange(rows.Count, document.Source.Blocks.Count(b => b.Kind != BlockKind.Footnote) + 1, int.MaxValue);
        Assert.All(rows.Skip(1), row => Assert.Equal(2, Regex.Count(row, @"(?m)^      TD$")));
        Assert.Contains("H2 (block)", tree, StringComparison.Ordinal);
        Assert.Matches(@"Reference \(inline\)\n\s+""1""\n\s+Note \(inline\)", tree);

        int position = 0;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind != BlockKind.Footnote))
        {
            position = After(tree, block.Text[..Math.Min(40, block.Text.Length)], position);
            var english = document.For(block.Segments[0]).Target;
            if (english is not null)
            {
                position = After(tree, english[..Math.Min(40, english.Length)], position);
            }
        }
    }

    [Fact]
    public void The_english_structure_tree_reads_every_segment_in_order_with_the_spaces_between_words()
    {
        var document = TranslatedSamples.Document("002");
        using var pdf = Rendered.File(Rendered.Bytes("002", RenderLayout.English, RenderFormat.Pdf), ".pdf");

        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf.Path);

        Assert.Contains("H3 (block)", tree, StringComparison.Ordinal);
        int position = 0;
        foreach (var block in document.Source.Blocks.Where(b => b.Kind is not (BlockKind.Footnote or BlockKind.Title)))
        {
            foreach (var segment in block.Segments)
            {
                position = After(tree, document.For(segment).Target!, position);
            }
        }
    }

    private static int After(string text, string wanted, int position)
    {
        int found = text.IndexOf(wanted, position, StringComparison.Ordinal);
        Assert.True(found >= 0, $"missing, out of order or without its spaces: {wanted}");
        return found + wanted.Length;
    }

    [Fact]
    public void Structure_elements_carry_dutch_and_english_languages_and_the_document_its_own()
    {
        using var pdf = Rendered.File(Rendered.Bytes("002", RenderLayout.Bilingual, RenderFormat.Pdf), ".pdf");

        var objects = PdfTools.Objects(pdf.Path);
        var elements = Regex.Matches(objects, @"/S /(\w+)[^>]*?/Lang \(([\w-]+)\)|/Lang \(([\w-]+)\)[^>]*?/S /(\w+)")
            .Select(m => (Tag: m.Groups[1].Success ? m.Groups[1].Value : m.Groups[4].Value, Lang: m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)).ToList();

        Assert.Contains(("TD", "nl-NL"), elements);
        Assert.Contains(("TD", "en-GB"), elements);
        Assert.Contains(elements, e => e.Tag == "TH" && e.Lang == "nl-NL");
        Assert.Matches(@"/Type /Catalog[\s\S]*?/Lang \(en-GB\)|/Lang \(en-GB\)[\s\S]*?/Type /Catalog", objects);
        Assert.Contains("/DisplayDocTitle true", objects, StringComparison.Ordinal);
    }

    [Fact]
    public void Untranslated_english_is_flagged_and_read_as_dutch()
    {
        var document = TranslatedSamples.Document("004");
        using var pdf = Rendered.File(Rendered.Bytes("004", RenderLayout.English, RenderFormat.Pdf), ".pdf");

        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf.Path);
        var objects = PdfTools.Objects(pdf.Path);

        Assert.Contains("[not translated]", tree, StringComparison.Ordinal);
        Assert.Contains(document.Source.Blocks.First(b => b.Kind == BlockKind.Paragraph).Segments[0].Text, tree, StringComparison.Ordinal);
        Assert.Matches(@"/Lang \(nl-NL\)[^>]*?/S /Span|/S /Span[^>]*?/Lang \(nl-NL\)", objects);
    }
}
