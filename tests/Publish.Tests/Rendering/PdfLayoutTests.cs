using Publish.Rendering.Content;
using Publish.Rendering.Pdf;
using Publish.Rendering.Pdf.Layout;
using Publish.Rendering.Templates;

namespace Publish.Tests.Rendering;

/// <summary>Pagination edge cases, checked on the layout's operations and on the PDF read back.</summary>
public class PdfLayoutTests
{
    private const string English = "en-GB";
    private static readonly PageSettings Page = PageSettings.A4;
    private static double BodyBottom => Page.Height - Page.Bottom + 0.01;

    [Fact]
    public void A_table_row_taller_than_a_page_is_cut_between_lines_and_continues_under_a_repeated_header()
    {
        var sentences = Enumerable.Range(1, 160).Select(i => $"Zin {i} van een zeer lange vraag die de kolom vult.").ToList();
        var content = Content();
        content.Blocks.Add(new TableBlock(English,
            [Cell("nl-NL", "Nederlands"), Cell(English, "English")],
            [new TableRow([Cell("nl-NL", string.Join(" ", sentences)), Cell(English, "A short answer.")])],
            [1, 1]));

        var pages = ByPage(PdfWriter.Layout(content, out int count));

        Assert.True(count >= 3, $"{count} pages");
        Assert.All(pages.SelectMany(p => p).OfType<DrawLine>(), l => Assert.InRange(l.Top + l.Line.Height, Page.Top, BodyBottom));
        Assert.All(pages.Skip(1), p => Assert.IsType<ArtifactLine>(p.First(op => op is ArtifactLine or DrawLine)));
        using var pdf = Rendered.File(Write(content), ".pdf");
        var tree = PdfTools.Run("pdfinfo", "-struct-text", pdf.Path);
        // Every word of the cell, in order, across the row's parts (a part ends mid-sentence at a page break).
        var words = System.Text.RegularExpressions.Regex.Matches(tree, "\"([^\"]*)\"").SelectMany(m => m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        int position = 0;
        foreach (var word in sentences.SelectMany(s => s.Split(' ')))
        {
            position = words.IndexOf(word, position) is var found and >= 0 ? found + 1 : throw new Xunit.Sdk.XunitException("lost or out of order: " + word);
        }
    }

    [Fact]
    public void A_heading_that_would_end_a_page_moves_to_the_next_page_with_its_paragraph()
    {
        bool moved = false;
        for (int filler = 25; filler <= 45; filler++)
        {
            var content = Filler(filler);
            content.Blocks.Add(new HeadingBlock(2, English, [new TextRun("The heading under test", English)]));
            content.Blocks.Add(Paragraph(string.Join(" ", Enumerable.Repeat("The paragraph that follows the heading on the same page.", 6))));
            var pages = ByPage(PdfWriter.Layout(content, out _));

            int headingPage = pages.FindIndex(p => p.OfType<DrawLine>().Any(l => Text(l) == "The heading under test"));
            var lines = pages[headingPage].OfType<DrawLine>().ToList();
            int index = lines.FindIndex(l => Text(l) == "The heading under test");
            Assert.True(index + 2 < lines.Count, $"filler {filler}: the heading ends page {headingPage + 1} without two lines of its paragraph");
            if (index == 0 && headingPage > 0)
            {
                var last = pages[headingPage - 1].OfType<DrawLine>().Last();
                moved |= last.Top + last.Line.Height + PdfTheme.SpaceBefore(content.Blocks[^2], false) + lines[0].Line.Height < BodyBottom;
            }
        }

        Assert.True(moved, "no case where the heading alone would still have fitted at the foot of the page");
    }

    [Fact]
    public void A_footnote_cited_on_the_last_line_of_a_page_is_printed_at_the_foot_of_that_page()
    {
        bool lastLine = false;
        for (int filler = 30; filler <= 42; filler++)
        {
            var content = Filler(filler);
            content.Blocks.Add(new ParagraphBlock(ParagraphRole.Body, English, [new TextRun("The sentence that cites the note.", English), new NoteReference("7", English)]));
            content.Blocks.Add(Paragraph("A paragraph after it."));
            content.Footnotes["7"] = new Footnote("7", [new ParagraphBlock(ParagraphRole.Body, English, [new TextRun(string.Join(" ", Enumerable.Repeat("The note runs over two lines at the foot of the page.", 3)), English)])]);
            var pages = ByPage(PdfWriter.Layout(content, out _));

            int page = pages.FindIndex(p => p.OfType<DrawLine>().Any(l => l.Line.LinkedNotes.Contains("7")));
            var citing = pages[page].OfType<DrawLine>().Single(l => l.Line.LinkedNotes.Contains("7"));
            var note = Assert.Single(pages.SelectMany((ops, i) => ops.OfType<DrawNote>().Select(n => (Page: i, n.Note, n.Placement))));
            Assert.Equal(page, note.Page);
            Assert.True(note.Placement.Top >= citing.Top + citing.Line.Height, $"filler {filler}: the note overlaps the text");
            Assert.True(note.Placement.Top + note.Note.Height <= BodyBottom, $"filler {filler}: the note runs into the bottom margin");
            lastLine |= pages[page].OfType<DrawLine>().Last() == citing;
        }

        Assert.True(lastLine, "no case put the citing line last on its page");
    }

    private static RenderContent Content() => new("Layout test", English, Page) { Date = Rendered.Date };

    private static RenderContent Filler(int paragraphs)
    {
        var content = Content();
        for (int i = 1; i <= paragraphs; i++)
        {
            content.Blocks.Add(Paragraph($"Filler line {i}."));
        }

        return content;
    }

    private static ParagraphBlock Paragraph(string text) => new(ParagraphRole.Body, English, [new TextRun(text, English)]);

    private static TableCell Cell(string language, string text) => new(language, [new ParagraphBlock(ParagraphRole.Body, language, [new TextRun(text, language)])]);

    private static string Text(DrawLine line) => string.Concat(line.Line.Words.Select(w => w.Text)).Trim();

    private static List<List<DrawOp>> ByPage(List<DrawOp> ops)
    {
        var pages = new List<List<DrawOp>>();
        foreach (var op in ops)
        {
            if (op is NewPageOp)
            {
                pages.Add([]);
            }

            pages[^1].Add(op);
        }

        return pages;
    }

    private static byte[] Write(RenderContent content)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(content, stream);
        return stream.ToArray();
    }
}
