using Publish.Testing;
using Publish.Memory;
using Xunit.Abstractions;

namespace Publish.Tests.Memory;

/// <summary>
/// The bigram index against an exhaustive scan: on 6,000 generated units (written batch by batch, or
/// imported with the index filled afterwards) and 250 queries, every unit that brute force scores at ≥ 75
/// must come back from the index (issue 5 asks recall ≥ 0.99; the filters are lossless, so anything below 1
/// is a bug). The top-5 case checks the early stop of the scoring against the exhaustive ranking.
/// </summary>
public sealed class FuzzyRecallTests(ITestOutputHelper output) : IDisposable
{
    private const int MinimumScore = 75;
    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_index_finds_every_match_of_75_or_more_that_a_full_scan_finds(bool imported)
    {
        var corpus = new SyntheticDutchCorpus(seed: 5);
        var units = corpus.Units(6_000);
        if (imported)
        {
            // The import path: batches committed first, the index filled in one step at the end.
            tm.Memory.AddOrUpdateAll(units, 1_000);
        }
        else
        {
            foreach (var batch in units.Chunk(1_000))
            {
                tm.Memory.AddOrUpdate(batch);
            }
        }

        var stored = tm.Memory.EnumerateUnits()
            .Select(u => (u.Id, Norm: SegmentNormalizer.Normalize(u.Source), Tokens: MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(u.Source))))
            .ToList();
        var random = new Random(17);
        var queries = Enumerable.Range(0, 250)
            .Select(i => i % 2 == 0 ? corpus.Variant(units[random.Next(units.Count)].Source) : corpus.Sentence())
            .ToList();

        int expected = 0, found = 0;
        foreach (var query in queries)
        {
            var normalized = SegmentNormalizer.Normalize(query);
            var queryTokens = MatchTokenizer.Tokenize(normalized);
            var exhaustive = stored
                .Where(u => Capped(FuzzyScore.Score(u.Tokens, queryTokens), u.Norm, normalized) >= MinimumScore)
                .Select(u => u.Id)
                .ToHashSet();
            var indexed = tm.Memory.FindFuzzy(query, MinimumScore, int.MaxValue).Select(s => s.Unit.Id).ToHashSet();

            expected += exhaustive.Count;
            found += exhaustive.Count(indexed.Contains);
            Assert.Subset(exhaustive, indexed);
        }

        foreach (var query in queries.Take(100))
        {
            var normalized = SegmentNormalizer.Normalize(query);
            var queryTokens = MatchTokenizer.Tokenize(normalized);
            var best = stored
                .Select(u => (u.Id, Score: Capped(FuzzyScore.Score(u.Tokens, queryTokens), u.Norm, normalized)))
                .Where(u => u.Score >= MinimumScore)
                .OrderByDescending(u => u.Score).ThenByDescending(u => u.Id)
                .Take(5);
            Assert.Equal(best, tm.Memory.FindFuzzy(query, MinimumScore, 5).Select(s => (s.Unit.Id, s.Score)));
        }

        var recall = (double)found / expected;
        output.WriteLine($"{expected} matches ≥ {MinimumScore} by full scan over {queries.Count} queries; index recall {recall:F4}");
        Assert.True(expected >= queries.Count, $"the generated data must give matches to check, got {expected}");
        Assert.True(recall >= 0.99, $"recall {recall}");
    }

    [Fact]
    public void Scores_from_the_index_equal_the_documented_formula()
    {
        var units = new SyntheticDutchCorpus(seed: 9).Units(500);
        tm.Memory.AddOrUpdate(units);
        var query = units[123].Source;
        var queryTokens = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(query));

        var hits = tm.Memory.FindFuzzy(query, 50, 50);
        Assert.True(hits.Count > 1, "the unit itself and some variants");
        foreach (var hit in hits)
        {
            var tokens = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(hit.Unit.Source));
            Assert.Equal(Capped(FuzzyScore.Score(tokens, queryTokens), SegmentNormalizer.Normalize(hit.Unit.Source), SegmentNormalizer.Normalize(query)), hit.Score);
        }
    }

    private static int Capped(int score, string stored, string query) =>
        score >= 100 && !string.Equals(stored, query, StringComparison.Ordinal) ? 99 : score;
}
