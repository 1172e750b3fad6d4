using Publish.Ingest.Dehyphenation;
using Xunit.Abstractions;

namespace Publish.Tests.Dehyphenation;

/// <summary>Every line-end hyphen of the sample texts and shared PDFs, labelled by hand.</summary>
public sealed class RealLineEndHyphenTests(ITestOutputHelper output)
{
    private static readonly Dehyphenator Dehyphenator = new();

    public static TheoryData<string, string, string, string?, string> LabelledHyphens()
    {
        var data = new TheoryData<string, string, string, string?, string>();
        // A word broken the same way twice in one source is one case; xunit would skip the duplicate row.
        foreach (var hyphen in LineEndHyphenData.Load().DistinctBy(h => (h.Source, h.Before, h.After, h.Following, h.Expected)))
        {
            data.Add(hyphen.Source, hyphen.Before, hyphen.After, hyphen.Following, hyphen.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LabelledHyphens))]
    public void Every_labelled_line_end_hyphen_is_resolved_as_labelled(string source, string before, string after, string? following, string expected)
    {
        var decision = Dehyphenator.Decide(before, after, following);

        Assert.True(expected == decision.Text, $"{source}: \"{before}\" + \"{after}\" gave \"{decision.Text}\" ({decision.Reason}), expected \"{expected}\"");
    }

    [Fact]
    public void The_labelled_set_holds_all_line_end_hyphens_of_samples_and_pdfs()
    {
        var hyphens = LineEndHyphenData.Load();
        var misses = hyphens.Where(h => Dehyphenator.JoinAcrossLineBreak(h.Before, h.After, h.Following) != h.Expected).ToList();
        foreach (var miss in misses)
        {
            output.WriteLine($"miss: {miss.Before} {miss.After} -> expected {miss.Expected}");
        }

        output.WriteLine($"accuracy: {hyphens.Count - misses.Count}/{hyphens.Count}");
        Assert.Equal(296, hyphens.Count);
        Assert.Equal(173, hyphens.Count(h => h.Source.StartsWith("pdfs/", StringComparison.Ordinal)));
    }
}
