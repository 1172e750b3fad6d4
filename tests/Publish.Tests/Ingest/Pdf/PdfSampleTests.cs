using Publish.Documents;

namespace Publish.Tests.Ingest.Pdf;

/// <summary>
/// The 16 real Tweede Kamer PDFs read straight from their layout: questions and answers, footnotes with their
/// bodies and citing segments, furniture kept out of the text, identifier in the metadata. The numbers were
/// checked by hand against the PDFs (47 footnote markers in all, as measured in ../shared/notes/pdf-reading.md; table in docs/pdf-ingest.md).
/// </summary>
public sealed class PdfSampleTests
{
    /// <summary>File, pages, distinct question labels, distinct answer labels, footnotes, warnings.</summary>
    public static TheoryData<string, int, int, int, int, int> Counts => new()
    {
        { "ah-tk-20232024-1076", 2, 5, 5, 3, 0 },
        { "ah-tk-20232024-1292", 3, 10, 10, 1, 0 },
        { "ah-tk-20232024-1314", 2, 4, 4, 2, 0 },
        { "ah-tk-20232024-1432", 4, 6, 6, 3, 0 },
        { "ah-tk-20232024-1481", 3, 6, 5, 3, 0 },
        { "ah-tk-20232024-1771", 4, 6, 6, 8, 0 },
        { "ah-tk-20232024-1949", 2, 4, 4, 1, 0 },
        { "ah-tk-20232024-1980", 3, 6, 6, 7, 0 },
        { "ah-tk-20232024-1984", 4, 10, 10, 3, 0 },
        { "ah-tk-20232024-1999", 1, 3, 0, 1, 0 },
        { "ah-tk-20232024-2168", 4, 10, 10, 1, 0 },
        { "ah-tk-20232024-2210", 5, 13, 13, 2, 0 },
        { "ah-tk-20232024-2313", 5, 10, 10, 4, 0 },
        { "ah-tk-20232024-2367", 3, 5, 5, 4, 0 },
        { "ah-tk-20232024-2395", 3, 5, 5, 2, 0 },
        { "ah-tk-20232024-878", 4, 7, 7, 2, 0 },
    };

    public static TheoryData<string> Names => new(PdfSamples.Names);

    [Theory]
    [MemberData(nameof(Counts))]
    public void Each_PDF_gives_its_questions_answers_and_footnotes(string name, int pages, int questions, int answers, int footnotes, int warnings)
    {
        var document = PdfSamples.Document(name);
        Assert.Equal(SourceFormat.Pdf, document.Source.Format);
        // 1999 was answered by a letter ("Mededeling"): questions without answers are not a Q&A document.
        Assert.Equal(answers > 0 ? DocumentKind.Qa : DocumentKind.Other, document.Kind);
        Assert.Equal(pages, PdfSamples.Layout(name).Pages.Count);
        Assert.Equal(questions, document.Blocks.Where(b => b.Kind == BlockKind.Question).Select(b => b.Number).Distinct().Count());
        Assert.Equal(answers, document.Blocks.Where(b => b.Kind == BlockKind.Answer).Select(b => b.Number).Distinct().Count());
        Assert.Equal(footnotes, document.Blocks.Count(b => b.Kind == BlockKind.Footnote));
        Assert.Equal(warnings, document.Warnings.Count);
    }

    [Fact]
    public void The_16_PDFs_hold_all_47_footnote_markers()
    {
        Assert.Equal(16, PdfSamples.Names.Count());
        Assert.Equal(47, PdfSamples.Names.Sum(n => PdfSamples.Document(n).Segments.Sum(s => s.Footnotes.Count)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_answer_is_linked_to_the_questions_it_answers(string name)
    {
        var document = PdfSamples.Document(name);
        var questions = document.Blocks.Where(b => b.Kind == BlockKind.Question).ToDictionary(b => b.Id);
        foreach (var answer in document.Blocks.Where(b => b.Kind == BlockKind.Answer))
        {
            Assert.False(string.IsNullOrEmpty(answer.Answers), $"{answer.Id} {answer.Text}");
            var answered = answer.Answers!.Split(' ').Select(id => questions[id]).ToList();
            Assert.All(answered, q => Assert.Contains(q.Number!, answer.Number!, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_footnote_has_a_body_and_a_segment_that_cites_it(string name)
    {
        var document = PdfSamples.Document(name);
        foreach (var footnote in document.Blocks.Where(b => b.Kind == BlockKind.Footnote))
        {
            Assert.True(footnote.Text.Length > 10, $"footnote {footnote.Number}: '{footnote.Text}'");
            Assert.Contains(document.Segments, s => s.Footnotes.Contains(footnote.Number!));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_footer_masthead_or_colophon_text_reaches_a_segment(string name)
    {
        var document = PdfSamples.Document(name);
        string[] furniture = ["Tweede Kamer, vergaderjaar", "Tweede Kamer der Staten-Generaal", "ISSN", "’s-Gravenhage 20", name, "Vergaderjaar 20"];
        foreach (var segment in document.Segments)
        {
            Assert.DoesNotContain(furniture, f => segment.Text.Contains(f, StringComparison.Ordinal));
            Assert.NotEqual(document.Metadata["number"], segment.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_identifier_and_colophon_go_into_the_metadata(string name)
    {
        var metadata = PdfSamples.Document(name).Metadata;
        Assert.Equal(name, metadata["identifier"]);
        Assert.Equal("0921 - 7398", metadata["issn"]);
        Assert.Equal("2023–2024", metadata["session"]);
        Assert.Equal(name[(name.LastIndexOf('-') + 1)..], metadata["number"]);
        Assert.StartsWith("Tweede Kamer, vergaderjaar 2023–2024", metadata["citation"], StringComparison.Ordinal);
    }
}
