using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Documents;
using Publish.Rendering;

namespace Publish.Tests.Rendering;

public class DocxRenderingTests
{
    public static TheoryData<string, RenderLayout> Documents()
    {
        var data = new TheoryData<string, RenderLayout>();
        foreach (var sample in new[] { "000", "001", "002", "003", "004" })
        {
            data.Add(sample, RenderLayout.Bilingual);
            data.Add(sample, RenderLayout.English);
        }

        data.Add("002", RenderLayout.Brief);
        data.Add("000", RenderLayout.Brief);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_docx_passes_the_OpenXml_validator_with_no_errors(string sample, RenderLayout layout)
    {
        using var package = Open(sample, layout);

        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
    }

    [Theory]
    [InlineData("000", RenderLayout.English)]
    [InlineData("001", RenderLayout.Bilingual)]
    [InlineData("002", RenderLayout.English)]
    [InlineData("003", RenderLayout.Bilingual)]
    [InlineData("004", RenderLayout.English)]
    public void The_docx_has_one_real_footnote_per_source_footnote(string sample, RenderLayout layout)
    {
        var source = Samples.Document(sample);
        using var package = Open(sample, layout);

        var notes = package.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Where(f => f.Id! > 0).ToList();
        var references = package.MainDocumentPart.Document!.Body!.Descendants<FootnoteReference>().ToList();

        Assert.Equal(source.Blocks.Count(b => b.Kind == BlockKind.Footnote), notes.Count);
        Assert.Equal(notes.Select(n => n.Id!.Value), references.Select(r => r.Id!.Value));
    }

    [Fact]
    public void The_english_docx_has_every_translated_segment_in_order_in_english_runs()
    {
        var document = TranslatedSamples.Document("002");
        using var package = Open("002", RenderLayout.English);
        var text = string.Join("\n", package.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));

        // The translated source title is the document's H1, above the cover letter that precedes it in the source.
        var title = document.Source.Blocks.Single(b => b.Kind == BlockKind.Title);
        Assert.StartsWith(document.For(title.Segments[0]).Target!, text, StringComparison.Ordinal);
        int position = 0;
        foreach (var target in document.Source.Blocks.Where(b => b != title && b.Kind != BlockKind.Footnote).SelectMany(b => b.Segments).Select(s => document.For(s)).Where(t => t.HasTarget).Select(t => t.Target!))
        {
            int found = text.IndexOf(target, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"missing or out of order: {target}");
            position = found + target.Length;
        }

        var notes = package.MainDocumentPart.FootnotesPart!.Footnotes!.InnerText;
        Assert.All(document.Source.Blocks.Where(b => b.Kind == BlockKind.Footnote).SelectMany(b => b.Segments), s => Assert.Contains(document.For(s).Target!, notes, StringComparison.Ordinal));
        var languages = package.MainDocumentPart.Document.Body.Descendants<Run>().Where(r => r.InnerText.Trim().Length > 0)
            .Select(r => r.RunProperties?.Languages?.Val?.Value).ToHashSet();
        Assert.Equal(["en-GB"], languages);
    }

    [Fact]
    public void The_bilingual_docx_is_one_table_row_per_block_with_a_dutch_and_an_english_cell_under_a_repeated_header()
    {
        var source = Samples.Document("001");
        using var package = Open("001", RenderLayout.Bilingual);
        var table = package.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();

        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(source.Blocks.Count(b => b.Kind != BlockKind.Footnote), rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var cells = row.Elements<TableCell>().ToList();
            Assert.Equal(2, cells.Count);
            Assert.All(cells[0].Descendants<Run>(), r => Assert.Equal("nl-NL", r.RunProperties!.Languages!.Val!.Value));
            Assert.Contains(cells[1].Descendants<Run>(), r => r.RunProperties!.Languages!.Val!.Value == "en-GB");
        }

        var answer = source.Blocks.First(b => b.Kind == BlockKind.Answer);
        Assert.Contains(rows, r => r.InnerText.Contains(answer.Label!, StringComparison.Ordinal) && r.InnerText.Contains("Answer " + answer.Number, StringComparison.Ordinal));
    }

    [Fact]
    public void Untranslated_segments_are_flagged_and_shown_in_dutch_in_the_english_docx()
    {
        var source = Samples.Document("004");
        using var package = Open("004", RenderLayout.English);
        var runs = package.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();

        var flags = runs.Where(r => r.RunProperties?.RunStyle?.Val == "UntranslatedMarker").ToList();
        var dutch = runs.Where(r => r.RunProperties?.RunStyle?.Val == "Untranslated").ToList();

        Assert.NotEmpty(flags);
        Assert.All(flags, r => Assert.Equal("[not translated]", r.InnerText.Trim()));
        Assert.All(dutch, r => Assert.Equal("nl-NL", r.RunProperties!.Languages!.Val!.Value));
        Assert.Contains(dutch, r => r.InnerText.Contains(source.Blocks.First(b => b.Kind == BlockKind.Paragraph).Segments[0].Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_docx_has_a_page_number_footer_and_document_properties()
    {
        using var package = Open("002", RenderLayout.English);

        var footer = package.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal([" PAGE ", " NUMPAGES "], footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value));
        Assert.False(string.IsNullOrWhiteSpace(package.PackageProperties.Title));
        Assert.Equal("en-GB", package.PackageProperties.Language);
        Assert.Equal("Publish tests", package.PackageProperties.Creator);
        Assert.Equal("Publish", package.ExtendedFilePropertiesPart!.Properties!.Application!.Text);
    }

    [Fact]
    public void A_document_without_a_title_is_titled_by_its_kind_not_by_its_file_name()
    {
        using var package = Open("001", RenderLayout.English);

        Assert.Equal("Written questions and answers", package.PackageProperties.Title);
    }

    private static WordprocessingDocument Open(string sample, RenderLayout layout) =>
        WordprocessingDocument.Open(new MemoryStream(Rendered.Bytes(sample, layout, RenderFormat.Docx)), false);
}
