using Publish.Documents;

namespace Publish.Tests.Ingest.PlainText;

/// <summary>A different extraction of a different kind of paper: pdftotext of written questions (Aanhangsel).</summary>
public class PdftotextExtractionTests
{
    private static readonly Lazy<PublishDocument> Document = new(() =>
        new DocumentPipeline().Process(Path.Combine(Samples.Root, "samples", "extractions", "ah-tk-20232024-2367.pdftotext.txt")));

    [Fact]
    public void Masthead_and_colophon_go_into_metadata_not_into_the_text()
    {
        var doc = Document.Value;

        Assert.Equal("ah-tk-20232024-2367", doc.Metadata["identifier"]);
        Assert.Equal("2367", doc.Metadata["number"]);
        Assert.Equal("0921 - 7398", doc.Metadata["issn"]);
        Assert.Equal("2023–2024", doc.Metadata["session"]);
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("ISSN", StringComparison.Ordinal) || b.Text.Contains("’s-Gravenhage", StringComparison.Ordinal));
    }

    [Fact]
    public void The_heading_of_written_questions_is_the_title_and_names_the_members_group()
    {
        var doc = Document.Value;

        Assert.StartsWith("Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van Financiën", doc.Title, StringComparison.Ordinal);
        Assert.All(doc.Blocks.Where(b => b.Kind == BlockKind.Question), q => Assert.Equal("GroenLinks-PvdA", q.Party));
    }

    [Fact]
    public void Grouped_question_and_answer_labels_link_by_their_numbers()
    {
        var doc = Document.Value;

        var answerNumbers = doc.Blocks.Where(b => b.Kind == BlockKind.Answer).Select(b => b.Number).Distinct().ToList();
        Assert.Equal(["1", "2", "3, 4, 5 en 6", "7, 8, 9 10 en 11", "12"], answerNumbers);
        foreach (var answer in doc.Blocks.Where(b => b.Kind == BlockKind.Answer))
        {
            Assert.Equal(answer.Number, doc.Blocks.Single(b => b.Id == answer.Answers).Number);
        }
    }

    [Fact]
    public void A_footnote_number_alone_on_its_line_still_finds_its_body()
    {
        var doc = Document.Value;

        var footnotes = doc.Blocks.Where(b => b.Kind == BlockKind.Footnote).ToList();
        Assert.Equal(["1", "2", "3", "4"], footnotes.Select(f => f.Number!));
        Assert.StartsWith("NRC.nl, 26 juni 2024, «Bunq-werknemers keken stiekem in klantrekeningen", footnotes[0].Text, StringComparison.Ordinal);
        Assert.Contains("1", doc.SegmentContaining("Bent u bekend met het NRC-artikel").Footnotes);
        Assert.Empty(doc.Warnings);
    }
}
