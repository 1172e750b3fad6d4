using Publish.Documents;

namespace Publish.Tests.Ingest.PlainText;

/// <summary>Titles, headings, letter parts and document kinds of the samples.</summary>
public class SampleDocumentPartsTests
{
    [Theory]
    [InlineData("000", DocumentKind.Report)]
    [InlineData("001", DocumentKind.Qa)]
    [InlineData("002", DocumentKind.Letter)]
    [InlineData("003", DocumentKind.Qa)]
    [InlineData("004", DocumentKind.Report)]
    public void The_kind_of_each_sample_is_recognised(string sample, DocumentKind kind)
    {
        Assert.Equal(kind, Samples.Document(sample).Kind);
    }

    [Theory]
    [InlineData("000", "VERSLAG EXTRA NAVO MINISTERIËLE BIJEENKOMST EN EXTRA RAAD BUITENLANDSE ZAKEN VAN 4 MAART 2022")]
    [InlineData("004", "VERSLAG VAN DE NAVO MINISTERIËLE BIJEENKOMST VAN 4 EN 5 APRIL 2023")]
    [InlineData("002", "VERSLAG NAVO MINISTERIËLE 7 JANUARI")]
    [InlineData("003", "Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen")]
    public void A_title_set_over_two_lines_is_one_title(string sample, string title)
    {
        Assert.Equal(title, Samples.Document(sample).Title);
    }

    [Fact]
    public void The_parts_of_a_letter_are_recognised()
    {
        var doc = Samples.Document("002");
        var kinds = doc.Blocks.Take(8).Select(b => (b.Kind, b.Text)).ToList();

        Assert.Equal(
            [
                (BlockKind.Salutation, "Geachte voorzitter,"),
                (BlockKind.Paragraph, "Hierbij bied ik u, mede namens de minister van Defensie, het verslag aan van de NAVO ministeriële bijeenkomst van 7 januari 2022."),
                (BlockKind.Closing, "De minister van Buitenlandse Zaken,"),
                (BlockKind.Signature, "W.B. Hoekstra"),
                (BlockKind.Signature, "[Ondertekenaar 2]"),
                (BlockKind.Title, "VERSLAG NAVO MINISTERIËLE 7 JANUARI"),
                (BlockKind.Other, "[Afzender]"),
                (BlockKind.Heading, "Inleiding"),
            ],
            kinds);
    }

    [Theory]
    [InlineData("000", "Reactie op de Motie Van der Plas")]
    [InlineData("002", "Veiligheidssituatie Oost-Europa/NRR")]
    [InlineData("004", "Werksessie 1: NATO-Ukraine Commission")]
    [InlineData("004", "Toezeggingen tijdens commissiedebat NAVO FMM van 22 maart jl.")]
    [InlineData("004", "Veiligheidsgaranties")]
    [InlineData("003", "NAVO 2030 / Strategisch Concept")]
    public void Short_unpunctuated_lines_are_headings(string sample, string heading)
    {
        Assert.Equal(BlockKind.Heading, Samples.Document(sample).Blocks.First(b => b.Text == heading).Kind);
    }

    [Fact]
    public void The_running_footer_goes_into_metadata_not_into_the_text()
    {
        var doc = Samples.Document("003");

        Assert.Equal("Tweede Kamer, vergaderjaar 2021–2022, 28 676, nr. 396", doc.Metadata["citation"]);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("vergaderjaar", StringComparison.Ordinal));
    }

    [Fact]
    public void Processing_the_same_file_twice_gives_the_same_ids()
    {
        var first = new DocumentPipeline().Process(Samples.PathOf("001"));
        var second = new DocumentPipeline().Process(Samples.PathOf("001"));

        Assert.Equal(first.Segments.Select(s => s.Id + s.Text), second.Segments.Select(s => s.Id + s.Text));
        Assert.Equal(first.Source.Sha256, second.Source.Sha256);
    }
}
