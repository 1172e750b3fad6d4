using Publish.Memory;
using Publish.Memory.Sqlite;
using Publish.Testing;

namespace Publish.Tests.Memory;

/// <summary>The pieces the fuzzy search's losslessness rests on: the block encoding and the score bound.</summary>
public sealed class FuzzyIndexTests
{
    [Theory]
    [InlineData(new long[] { 1 })]
    [InlineData(new long[] { 5, 6, 7, 200, 201, 100_000, 4_000_000_000 })]
    [InlineData(new long[] { })]
    public void A_posting_block_decodes_to_the_ids_it_encoded(long[] ids)
    {
        var block = PostingBlock.Encode(ids);
        var decoded = new long[1];

        var count = PostingBlock.Decode(block, ref decoded);

        Assert.Equal(ids.Length, PostingBlock.Count(block));
        Assert.Equal(ids, decoded[..count]);
    }

    [Fact]
    public void The_score_bound_from_shared_bigrams_is_never_below_the_score()
    {
        var corpus = new SyntheticDutchCorpus(seed: 41);
        var sources = corpus.Units(300).Select(u => u.Source).ToList();
        var pairs = 0;
        foreach (var (a, b) in sources.Take(60).SelectMany(a => sources.Select(b => (a, b))).Concat(sources.Select(s => (s, corpus.Variant(s)))))
        {
            var query = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(a));
            var unit = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(b));
            var queryGrams = FuzzyGrams.Of(query);
            var distinct = queryGrams.Distinct().ToHashSet();
            var shared = FuzzyGrams.Of(unit).Distinct().Count(distinct.Contains);

            var bound = FuzzyGrams.ScoreBound(query.Length, unit.Length, shared, queryGrams.Length - distinct.Count);

            Assert.True(bound >= FuzzyScore.Score(unit, query), $"bound {bound} below the score of \"{b}\" against \"{a}\"");
            pairs++;
        }

        Assert.True(pairs > 18_000);
    }

    [Fact]
    public void Scoring_the_stored_tokens_gives_the_documented_score()
    {
        var corpus = new SyntheticDutchCorpus(seed: 42);
        var sources = corpus.Units(200).Select(u => u.Source)
            .Append("Op 3 maart 2024 besprak de Raad € 12,5 miljoen (Kamerstuk 36 045, nr. 12).")
            .Append("Op 4 april 2025 besprak de Raad € 12,5 miljoen (Kamerstuk 21 501-20, nr. 2001).")
            .ToList();
        var scorer = new StoredTokenScorer();
        var pairs = 0;
        foreach (var (a, b) in sources.Take(40).SelectMany(a => sources.Select(b => (a, b))).Concat(sources.Select(s => (s, corpus.Variant(s)))))
        {
            var query = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(a));
            var unit = MatchTokenizer.Tokenize(SegmentNormalizer.Normalize(b));
            scorer.SetQuery(query);

            Assert.Equal(FuzzyScore.Score(unit, query), scorer.Score(System.Text.Encoding.UTF8.GetBytes(MatchTokenizer.Serialize(unit))));
            pairs++;
        }

        Assert.True(pairs > 8_000);
    }
}
