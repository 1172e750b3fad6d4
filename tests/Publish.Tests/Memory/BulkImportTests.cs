using Microsoft.Data.Sqlite;
using Publish.Memory;
using Publish.Memory.Sqlite;
using Publish.Testing;

namespace Publish.Tests.Memory;

/// <summary>
/// The import path (<see cref="ITranslationMemory.AddOrUpdateAll"/>): committed batches whose indexing was
/// deferred, a failure half-way, a memory from schema version 1, and the same results as one batch at a time.
/// </summary>
public sealed class BulkImportTests : IDisposable
{
    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    [Fact]
    public void An_import_that_fails_half_way_keeps_its_committed_transactions_indexed_and_rolls_back_the_open_one()
    {
        var units = new SyntheticDutchCorpus(seed: 31).Units(5_000);

        var failure = Assert.Throws<InvalidDataException>(() => tm.Memory.AddOrUpdateAll(FailingAfter(units, 3_500), 1_000));
        Assert.Equal("unreadable unit", failure.Message);
        using (var connection = Raw(tm.Path))
        {
            // Three transactions committed, each with its index entries; the 500 units of the fourth are rolled back.
            Assert.Equal(3_000L, Scalar(connection, "SELECT count(*) FROM unit"));
            Assert.Equal(3_000L, Scalar(connection, "SELECT min(through) FROM index_state"));
        }

        var last = units[2_999];
        Assert.Contains(tm.Memory.FindFuzzy(last.Source, 100, 5), s => s.Unit.Source == last.Source);
        Assert.Contains(tm.Memory.Concordance(last.Source.TrimEnd('.'), 100), h => h.Unit.Source == last.Source);
        Assert.DoesNotContain(tm.Memory.Concordance(units[3_000].Source.TrimEnd('.'), 100), h => h.Unit.Source == units[3_000].Source);
    }

    [Fact]
    public void Committed_units_that_were_never_indexed_are_indexed_when_the_memory_is_next_opened()
    {
        // What a process killed between a commit and its indexing left behind in earlier versions, and what
        // another store's writer may leave: units above the watermarks.
        var units = new SyntheticDutchCorpus(seed: 34).Units(1_200);
        tm.Memory.AddOrUpdate(units.Take(200).ToList());
        using (var connection = Raw(tm.Path))
        {
            var copy = $"INSERT INTO unit(source, target, source_lang, target_lang, source_hash, prev_hash, next_hash, created, changed, fuzzy_tokens, token_count) SELECT source || ' Opnieuw.', target, source_lang, target_lang, source_hash + 1, prev_hash, next_hash, created, changed, fuzzy_tokens, token_count FROM unit";
            using var insert = connection.CreateCommand();
            insert.CommandText = copy;
            insert.ExecuteNonQuery();
            Assert.Equal(200L, Scalar(connection, "SELECT min(through) FROM index_state"));
        }

        using var reopened = SqliteTranslationMemory.Open(tm.Path);
        using (var connection = Raw(tm.Path))
        {
            Assert.Equal(400L, Scalar(connection, "SELECT min(through) FROM index_state"));
        }

        Assert.Single(reopened.Concordance(units[0].Source.TrimEnd('.') + ". Opnieuw", 10));
        // The copies kept their originals' tokens, so each is found through the fuzzy index as its original is.
        Assert.Contains(reopened.FindFuzzy(units[0].Source, 90, 50), s => s.Unit.Id == 201);
    }

    [Fact]
    public void Bulk_and_batch_writes_give_the_same_units_history_and_fuzzy_matches()
    {
        var corpus = new SyntheticDutchCorpus(seed: 32);
        var units = corpus.Units(3_000);
        // The same identities again with new targets: updates, each moving the old target to the history.
        var revised = units.Take(500).Select(u => u with { Target = u.Target + " (revised)" }).ToList();
        using var other = new TemporaryMemory();

        Assert.Equal(3_000, tm.Memory.AddOrUpdateAll(units.Concat(revised), 700));
        foreach (var batch in units.Concat(revised).Chunk(700))
        {
            other.Memory.AddOrUpdate(batch);
        }

        Assert.Equal(other.Memory.EnumerateUnits().Select(u => (u.Id, u.Source, u.Target)), tm.Memory.EnumerateUnits().Select(u => (u.Id, u.Source, u.Target)));
        Assert.Equal(500, tm.Memory.Statistics().HistoryEntries);
        foreach (var query in Enumerable.Range(0, 40).Select(i => corpus.Variant(units[i * 70].Source)))
        {
            Assert.Equal(other.Memory.FindFuzzy(query, 60, 10).Select(s => (s.Unit.Id, s.Score)), tm.Memory.FindFuzzy(query, 60, 10).Select(s => (s.Unit.Id, s.Score)));
        }
    }

    [Fact]
    public void An_import_interleaved_with_another_writer_gives_the_same_fuzzy_matches_as_batch_writes()
    {
        // The other writer's write indexes the import's committed units (and its own, among the import's ids), so
        // the postings the import built of its step no longer cover the pending range: the indexer must notice and
        // read the range from the table instead, or units would be indexed twice or not at all.
        var corpus = new SyntheticDutchCorpus(seed: 33);
        var units = corpus.Units(3_000);
        var extra = new TranslationUnit("De staatssecretaris beantwoordt de vragen over de toeslagen voor de zomer.", "The State Secretary answers the questions on the allowances before the summer.");
        using var batchWritten = new TemporaryMemory();
        using (var second = SqliteTranslationMemory.Open(tm.Path))
        using (var batchesCommitted = new ManualResetEventSlim())
        {
            // The reader runs ahead of the writer, so it waits until the first three batches are committed.
            void WriteBetweenBatches()
            {
                Assert.True(batchesCommitted.Wait(TimeSpan.FromMinutes(1)));
                second.AddOrUpdate([extra]);
            }

            tm.Memory.AddOrUpdateAll(WithWriteAfter(units, 1_500, WriteBetweenBatches), 500, written =>
            {
                if (written >= 1_500)
                {
                    batchesCommitted.Set();
                }
            });
        }

        foreach (var batch in units.Take(1_500).Append(extra).Concat(units.Skip(1_500)).Chunk(500))
        {
            batchWritten.Memory.AddOrUpdate(batch);
        }

        Assert.Equal(3_001, tm.Memory.Statistics().Units);
        foreach (var query in Enumerable.Range(0, 40).Select(i => corpus.Variant(units[i * 70].Source)).Append(extra.Source))
        {
            // Every match (no limit in reach), as a set: ids, and so the order of equal scores, differ between the two.
            Assert.Equal(AllMatches(batchWritten.Memory, query), AllMatches(tm.Memory, query));
        }
    }

    [Fact]
    public void A_memory_of_schema_version_1_is_migrated_and_its_fuzzy_index_rebuilt()
    {
        using var old = new TemporaryMemory();
        old.Memory.Dispose();
        File.Delete(old.Path);
        using (var connection = Raw(old.Path))
        {
            SqliteSchema.Migrate(connection, targetVersion: 1);
            var source = "De minister stuurt de brief over de stikstofaanpak naar de Kamer.";
            var tokens = MatchTokenizer.Tokenize(source);
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO unit(source, target, source_lang, target_lang, source_norm, source_hash, created, changed, fuzzy_tokens, token_count)
                VALUES ($source, 'The minister sends the letter.', 'nl-NL', 'en-GB', $source, $hash, 0, 0, $tokens, $count)
                """;
            insert.Parameters.AddWithValue("$source", source);
            insert.Parameters.AddWithValue("$hash", SegmentNormalizer.Hash(source));
            insert.Parameters.AddWithValue("$tokens", MatchTokenizer.Serialize(tokens));
            insert.Parameters.AddWithValue("$count", tokens.Length);
            insert.ExecuteNonQuery();
        }

        using var migrated = SqliteTranslationMemory.Open(old.Path);
        // "de Kamer" → "het parlement": two substitutions in 12 tokens, round(100 × 10 / 12) = 83.

        Assert.Equal(SqliteSchema.CurrentVersion, migrated.Statistics().SchemaVersion);
        Assert.Equal(83, Assert.Single(migrated.FindFuzzy("De minister stuurt de brief over de stikstofaanpak naar het parlement.", 75, 5)).Score);
        // The version 1 trigger had indexed it for concordance already: found once, not twice.
        Assert.Single(migrated.Concordance("stikstofaanpak", 10));
    }

    private static List<(string Source, int Score)> AllMatches(SqliteTranslationMemory memory, string query) =>
        [.. memory.FindFuzzy(query, 60, 100_000).Select(s => (s.Unit.Source, s.Score)).Order()];

    private static IEnumerable<TranslationUnit> WithWriteAfter(List<TranslationUnit> units, int count, Action write)
    {
        for (var i = 0; i < units.Count; i++)
        {
            if (i == count)
            {
                write();
            }

            yield return units[i];
        }
    }

    private static IEnumerable<TranslationUnit> FailingAfter(IEnumerable<TranslationUnit> units, int count)
    {
        foreach (var unit in units.Take(count))
        {
            yield return unit;
        }

        throw new InvalidDataException("unreadable unit");
    }

    private static SqliteConnection Raw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
