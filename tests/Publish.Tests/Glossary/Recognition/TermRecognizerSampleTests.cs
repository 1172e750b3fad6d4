using Publish.Glossary.Recognition;

namespace Publish.Tests.Glossary.Recognition;

/// <summary>The test glossary over real segments of the sample documents.</summary>
public class TermRecognizerSampleTests
{
    private static readonly TermRecognizer Recognizer = new(TestGlossary.Entries);

    [Fact]
    public void The_nato_russia_council_in_sample_001_is_one_name()
    {
        var segment = Samples.Document("001").Segments.First(s => s.Text.Contains("NAVO-Rusland Raad", StringComparison.Ordinal));

        var terms = Recognizer.Recognize(segment.Text);

        Assert.Contains(terms, t => t.Entry == "navo-rusland-raad" && segment.Text.Substring(t.Start, t.Length) == "NAVO-Rusland Raad");
        Assert.DoesNotContain(terms, t => t.Entry == "raad");
    }

    [Fact]
    public void Nato_allies_in_sample_003_are_nato_plus_allies()
    {
        var segment = Samples.Document("003").Segments.First(s => s.Text.Contains("NAVO-bondgenoten", StringComparison.Ordinal));
        var at = segment.Text.IndexOf("NAVO-bondgenoten", StringComparison.Ordinal);

        var terms = Recognizer.Recognize(segment.Text);

        Assert.Contains(terms, t => t.Entry == "navo" && t.Start == at && t.Length == 4);
        Assert.Contains(terms, t => t.Entry == "bondgenoot" && t.Start == at + 5 && t.Length == 11);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Spans_in_the_samples_are_ordered_overlap_only_as_compound_parts_and_start_like_their_lemma(string sample)
    {
        foreach (var segment in Samples.Document(sample).Segments)
        {
            int end = 0, enclosingStart = -1, enclosingEnd = -1;
            foreach (var term in Recognizer.Recognize(segment.Text))
            {
                bool nested = term.Start >= enclosingStart && term.Start + term.Length <= enclosingEnd;
                Assert.True(term.Start >= end || nested, $"overlap or disorder in \"{segment.Text}\"");
                if (!nested)
                {
                    (enclosingStart, enclosingEnd) = (term.Start, term.Start + term.Length);
                }

                end = Math.Max(end, term.Start + term.Length);
                var surface = segment.Text.Substring(term.Start, term.Length);
                Assert.Equal(TermText.FoldCase(surface[0]), TermText.FoldCase(term.Source[0]));
            }
        }
    }
}
