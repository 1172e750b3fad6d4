using System.Text;
using Publish.Documents;
using Publish.Ingest;
using Publish.Ingest.Markdown;

namespace Publish.Tests.Ingest.Markdown;

public class MarkdownSourceReaderTests
{
    private static SourceLayout Read(string markdown) =>
        new MarkdownSourceReader().Read(new SourceFile("brief.md", Encoding.UTF8.GetBytes(markdown)));

    private static List<(ParagraphHint Hint, int? Level, string? Label, string Text)> Shape(SourceLayout layout) =>
        [.. layout.Paragraphs.Select(p => (p.Hint, p.Level, p.Label, p.Text))];

    [Fact]
    public void A_single_level_one_heading_is_the_title_and_other_headings_keep_their_level()
    {
        var layout = Read("""
            # Verslag NAVO ministeriële

            Geachte voorzitter,

            ## Inleiding

            Veiligheidssituatie Oost-Europa/NRR
            -----------------------------------

            ### Vervolg
            """);

        Assert.Equal(
            [
                (ParagraphHint.Title, null, null, "Verslag NAVO ministeriële"),
                (ParagraphHint.None, null, null, "Geachte voorzitter,"),
                (ParagraphHint.Heading, 2, null, "Inleiding"),
                (ParagraphHint.Heading, 2, null, "Veiligheidssituatie Oost-Europa/NRR"),
                (ParagraphHint.Heading, 3, null, "Vervolg"),
            ],
            Shape(layout));
        Assert.Equal([1, 3, 5, 7, 10], layout.Paragraphs.Select(p => p.Line ?? 0));
        Assert.Equal(SourceFormat.Markdown, layout.Format);
    }

    [Fact]
    public void Several_level_one_headings_are_all_headings()
    {
        var layout = Read("# Inleiding\n\nTekst.\n\n# Conclusie\n");
        Assert.Equal([ParagraphHint.Heading, ParagraphHint.None, ParagraphHint.Heading], layout.Paragraphs.Select(p => p.Hint));
        Assert.Equal(1, layout.Paragraphs[0].Level);
    }

    [Fact]
    public void List_items_are_flattened_in_order_with_rendered_labels_and_depth()
    {
        var layout = Read("""
            Maatregelen:

            3. Preventieve maatregelen
               - militaire
               - niet-militaire
            4) wordt een nieuwe lijst
            5) met haakje

               Tweede alinea van het punt.

            * Opsomming
            """);

        Assert.Equal(
            [
                (ParagraphHint.None, null, null, "Maatregelen:"),
                (ParagraphHint.ListItem, 1, "3.", "Preventieve maatregelen"),
                (ParagraphHint.ListItem, 2, "•", "militaire"),
                (ParagraphHint.ListItem, 2, "•", "niet-militaire"),
                (ParagraphHint.ListItem, 1, "4)", "wordt een nieuwe lijst"),
                (ParagraphHint.ListItem, 1, "5)", "met haakje"),
                (ParagraphHint.None, null, null, "Tweede alinea van het punt."),
                (ParagraphHint.ListItem, 1, "•", "Opsomming"),
            ],
            Shape(layout));
    }

    [Fact]
    public void Numeric_footnote_labels_are_the_numbers_and_references_become_anchors()
    {
        var layout = Read("""
            Capaciteiten t.b.v. de NAVO.[^2] Zie ook het verslag[^1].

            [^1]: Kamerstuk 28676 nr. 350 van 30 november 2020
            [^2]: Eerder *gemeld*.
            """);

        var paragraph = Assert.Single(layout.Paragraphs);
        Assert.Equal("Capaciteiten t.b.v. de NAVO. Zie ook het verslag.", paragraph.Text);
        Assert.Equal([new FootnoteAnchor(28, "2"), new FootnoteAnchor(48, "1")], paragraph.Anchors);
        Assert.Equal(
            [("1", "Kamerstuk 28676 nr. 350 van 30 november 2020", 3), ("2", "Eerder gemeld.", 4)],
            layout.Footnotes.Select(f => (f.Label, f.Text, f.Line ?? 0)));
        Assert.All(layout.Footnotes, f => Assert.Equal(ParagraphHint.Footnote, f.Hint));
    }

    [Fact]
    public void Named_footnotes_are_numbered_in_reference_order()
    {
        var layout = Read("Eerst[^bron] dan[^noot].\n\n[^noot]: Tweede.\n[^bron]: Eerste.\n");

        Assert.Equal([new FootnoteAnchor(5, "1"), new FootnoteAnchor(9, "2")], layout.Paragraphs[0].Anchors);
        Assert.Equal([("1", "Eerste."), ("2", "Tweede.")], layout.Footnotes.Select(f => (f.Label, f.Text)));
    }

    [Fact]
    public void A_reference_without_a_definition_stays_text_and_an_unused_definition_is_dropped()
    {
        var layout = Read("Zie[^3] en verder[^1].\n\n[^1]: Gebruikt.\n[^2]: Ongebruikt.\n");

        Assert.Equal("Zie[^3] en verder.", layout.Paragraphs[0].Text);
        Assert.Equal([new FootnoteAnchor(17, "1")], layout.Paragraphs[0].Anchors);
        Assert.Equal(["Gebruikt."], layout.Footnotes.Select(f => f.Text));
    }

    [Fact]
    public void Pipe_table_rows_become_table_rows_with_cells()
    {
        var layout = Read("""
            | Jaar | Bedrag |
            |------|-------:|
            | 2021 | € 1,2 mld |
            | 2022 | **€ 1,5 mld** |
            """);

        Assert.All(layout.Paragraphs, p => Assert.Equal(ParagraphHint.TableRow, p.Hint));
        Assert.Equal(
            [["Jaar", "Bedrag"], ["2021", "€ 1,2 mld"], ["2022", "€ 1,5 mld"]],
            layout.Paragraphs.Select(p => p.Cells!.ToArray()));
        Assert.Equal("2021\t€ 1,2 mld", layout.Paragraphs[1].Text);
        Assert.Equal([1, 3, 4], layout.Paragraphs.Select(p => p.Line ?? 0));
    }

    [Fact]
    public void Inline_markup_is_reduced_to_plain_text()
    {
        var layout = Read(
            "De *minister* van **Buitenlandse Zaken** nam [deel](https://example.org \"titel\") aan `FMM` " +
            "&amp; <https://www.rijksoverheid.nl> ![logo](logo.png)<b>vet</b>  \nna regeleinde, ver\u00ADdrags\u00ADgebied.");

        Assert.Equal(
            "De minister van Buitenlandse Zaken nam deel aan FMM & https://www.rijksoverheid.nl vet na regeleinde, verdragsgebied.",
            layout.Paragraphs[0].Text);
    }

    [Fact]
    public void Block_quotes_are_read_through_and_code_blocks_are_skipped_with_a_warning()
    {
        var layout = Read("> Geciteerde alinea.\n\n```\ncode()\n```\n\nNa de code.\n");

        Assert.Equal(["Geciteerde alinea.", "Na de code."], layout.Paragraphs.Select(p => p.Text));
        var warning = Assert.Single(layout.Warnings);
        Assert.Equal("markdown-code-skipped", warning.Code);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_text_is_NFC()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Gecoo\u0308rdineerd optreden")];
        var layout = new MarkdownSourceReader().Read(new SourceFile("brief.md", bytes));
        Assert.Equal("Gecoördineerd optreden", layout.Paragraphs[0].Text);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_naming_the_file_and_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Eerste regel\nOekra"), 0xEF, 0x6E, 0x65];
        var error = Assert.Throws<PublishInputException>(() => new MarkdownSourceReader().Read(new SourceFile("stukken/brief.md", bytes)));
        Assert.Equal("stukken/brief.md", error.File);
        Assert.Equal("is not valid UTF-8 text", error.Message);
        Assert.Equal(2, error.Line);
    }
}
