using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Publish.Documents;
using Publish.Ingest;
using Publish.Ingest.Docx;
using static Publish.Tests.Ingest.Docx.DocxTestDocument;

namespace Publish.Tests.Ingest.Docx;

public class DocxSourceReaderTests
{
    private static SourceLayout Read(DocxTestDocument document) =>
        new DocxSourceReader().Read(new SourceFile("test.docx", document.Build()));

    [Fact]
    public void Title_heading_and_Dutch_kop_styles_become_title_and_heading_hints()
    {
        var layout = Read(new DocxTestDocument()
            .Styled("Title", "Verslag NAVO ministeriële")
            .Styled("Heading1", "Inleiding")
            .Styled("Kop2", "Veiligheidssituatie Oost-Europa/NRR")
            .Styled("Inhoud", "Een kop via het overzichtsniveau")
            .Add(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 3 }), Run("Directe overzichtsniveau")))
            .Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }, new OutlineLevel { Val = 9 }), Run("Toch platte tekst")))
            .Styled("Normal", "Gewone alinea."));

        Assert.Equal(
            [
                (ParagraphHint.Title, null), (ParagraphHint.Heading, 1), (ParagraphHint.Heading, 2),
                (ParagraphHint.Heading, 3), (ParagraphHint.Heading, 4), (ParagraphHint.None, null), (ParagraphHint.None, null),
            ],
            layout.Paragraphs.Select(p => (p.Hint, p.Level)));
        Assert.Equal("Veiligheidssituatie Oost-Europa/NRR", layout.Paragraphs[2].Text);
        Assert.Equal(SourceFormat.Docx, layout.Format);
    }

    [Fact]
    public void Numbered_and_bulleted_paragraphs_become_list_items_with_rendered_labels()
    {
        var layout = Read(new DocxTestDocument()
            .ListItem(NumberedList, 0, "Eerste punt")
            .ListItem(NumberedList, 1, "Onderdeel a")
            .ListItem(NumberedList, 1, "Onderdeel b")
            .ListItem(NumberedList, 0, "Tweede punt")
            .ListItem(NumberedList, 1, "Weer onderdeel a")
            .ListItem(BulletList, 0, "Opsomming")
            .Styled("Opsomming", "Opsomming via de stijl"));

        Assert.All(layout.Paragraphs, p => Assert.Equal(ParagraphHint.ListItem, p.Hint));
        Assert.Equal(["1.", "a)", "b)", "2.", "a)", "•", "•"], layout.Paragraphs.Select(p => p.Label));
        Assert.Equal([1, 2, 2, 1, 2, 1, 1], layout.Paragraphs.Select(p => p.Level ?? 0));
    }

    [Fact]
    public void Footnote_references_become_anchors_numbered_in_reference_order_and_bodies_become_footnotes()
    {
        var document = new DocxTestDocument();
        var second = document.Footnote("Tweede voetnoot.", id: 7);
        var first = document.Footnote("Eerste voetnoot.", id: 3);
        document.Paragraph(Run("Eerste zin."), first, Run(" Tweede zin"), second, Run(" einde."));

        var layout = Read(document);

        var paragraph = Assert.Single(layout.Paragraphs);
        Assert.Equal("Eerste zin. Tweede zin einde.", paragraph.Text);
        Assert.Equal([new FootnoteAnchor(11, "1"), new FootnoteAnchor(22, "2")], paragraph.Anchors);
        Assert.Equal(["1", "2"], layout.Footnotes.Select(f => f.Label));
        Assert.Equal(["Eerste voetnoot.", "Tweede voetnoot."], layout.Footnotes.Select(f => f.Text));
        Assert.All(layout.Footnotes, f => Assert.Equal(ParagraphHint.Footnote, f.Hint));
        Assert.Empty(layout.Warnings);
    }

    [Fact]
    public void A_custom_footnote_mark_is_the_label_and_does_not_use_up_a_number()
    {
        var document = new DocxTestDocument();
        var custom = document.Footnote("Met eigen teken.", customMark: "*");
        var automatic = document.Footnote("Automatisch.");
        document.Paragraph(Run("Tekst"), custom, Run(" en meer"), automatic, Run("."));

        var layout = Read(document);

        Assert.Equal("Tekst en meer.", layout.Paragraphs[0].Text);
        Assert.Equal([new FootnoteAnchor(5, "*"), new FootnoteAnchor(13, "1")], layout.Paragraphs[0].Anchors);
        Assert.Equal(["*", "1"], layout.Footnotes.Select(f => f.Label));
    }

    [Fact]
    public void Table_rows_become_table_row_paragraphs_with_cells_joined_by_tabs()
    {
        var document = new DocxTestDocument();
        var note = document.Footnote("Bron: CBS.");
        document.Paragraph("Voor de tabel.").Add(new Table(
            new TableRow(Cell("Jaar"), Cell("Bedrag")),
            new TableRow(Cell("2021"), new TableCell(new Paragraph(Run("€ 1,2 mld"), note))),
            new TableRow(Cell(""), Cell(""))));

        var layout = Read(document);

        Assert.Equal(3, layout.Paragraphs.Count);
        var header = layout.Paragraphs[1];
        Assert.Equal(ParagraphHint.TableRow, header.Hint);
        Assert.Equal(["Jaar", "Bedrag"], header.Cells!);
        Assert.Equal("Jaar\tBedrag", header.Text);
        var row = layout.Paragraphs[2];
        Assert.Equal("2021\t€ 1,2 mld", row.Text);
        Assert.Equal([new FootnoteAnchor(row.Text.Length, "1")], row.Anchors);
        Assert.Equal([1, 2, 4], layout.Paragraphs.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void Soft_hyphens_vanish_no_break_hyphens_become_hyphens_and_tabs_and_breaks_become_spaces()
    {
        var layout = Read(new DocxTestDocument().Paragraph(
            Run("veiligheids"), new Run(new SoftHyphen()), Run("situatie en ver\u00ADdrags"),
            new Run(new NoBreakHyphen()), Run("gebied"), new Run(new TabChar()), Run("na tab"),
            new Run(new Break()), Run("  na   regeleinde ")));

        Assert.Equal("veiligheidssituatie en verdrags-gebied na tab na regeleinde", layout.Paragraphs[0].Text);
    }

    [Fact]
    public void Tracked_changes_are_read_as_accepted()
    {
        var layout = Read(new DocxTestDocument().Paragraph(
            Run("De minister "),
            new InsertedRun(Run("van Buitenlandse Zaken ")) { Id = "1", Author = "a" },
            new DeletedRun(new Run(new DeletedText("van Defensie "))) { Id = "2", Author = "a" },
            new MoveFromRun(Run("eerder ")) { Id = "3", Author = "a" },
            Run("nam "),
            new MoveToRun(Run("later ")) { Id = "4", Author = "a" },
            Run("deel.")));

        Assert.Equal("De minister van Buitenlandse Zaken nam later deel.", layout.Paragraphs[0].Text);
    }

    [Fact]
    public void Fields_give_their_displayed_result_not_their_code()
    {
        var layout = Read(new DocxTestDocument().Paragraph(
            Run("Pagina "),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("3"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            Run(" van "),
            new SimpleField(Run("12")) { Instruction = " NUMPAGES " },
            new Hyperlink(Run(" (zie website)")) { Id = "rId99" }));

        Assert.Equal("Pagina 3 van 12 (zie website)", layout.Paragraphs[0].Text);
    }

    [Fact]
    public void A_field_whose_code_is_hidden_still_shows_its_result_and_the_text_after_it()
    {
        var hidden = new RunProperties(new Vanish());
        var layout = Read(new DocxTestDocument().Paragraph(
            new Run(hidden.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DATE ")),
            new Run(hidden.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("7 januari 2022"),
            new Run(hidden.CloneNode(true), new FieldChar { FieldCharType = FieldCharValues.End }),
            Run(", Den Haag")));

        Assert.Equal("7 januari 2022, Den Haag", layout.Paragraphs[0].Text);
    }

    [Fact]
    public void Text_is_NFC_whitespace_collapsed_and_empty_paragraphs_are_dropped_but_counted_in_lines()
    {
        var layout = Read(new DocxTestDocument()
            .Paragraph("  Gecoo\u0308rdineerd   optreden ")
            .Paragraph(new Run())
            .Paragraph("   ")
            .Add(new Paragraph(new Run(new RunProperties(new Vanish()), new Text("verborgen"))))
            .Paragraph("Volgende alinea."));

        Assert.Equal(["Gecoördineerd optreden", "Volgende alinea."], layout.Paragraphs.Select(p => p.Text));
        Assert.Equal([1, 5], layout.Paragraphs.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void A_referenced_footnote_without_a_body_gives_a_warning()
    {
        var layout = Read(new DocxTestDocument().Paragraph(Run("Tekst"), new Run(new FootnoteReference { Id = 42 })));

        Assert.Equal([new FootnoteAnchor(5, "1")], layout.Paragraphs[0].Anchors);
        Assert.Empty(layout.Footnotes);
        Assert.Equal("footnote-without-body", Assert.Single(layout.Warnings).Code);
    }

    private static TableCell Cell(string text) => new(new Paragraph(Run(text)));
}
