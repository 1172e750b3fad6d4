using Publish.Testing;
using Publish.Memory;
using Publish.Memory.Sqlite;

namespace Publish.Tests.Memory;

public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TemporaryMemory tm = new();

    public void Dispose() => tm.Dispose();

    [Fact]
    public async Task Two_writers_with_their_own_connections_both_succeed()
    {
        var units = new SyntheticDutchCorpus(seed: 8).Units(4_000);

        var writers = units.Chunk(2_000).Select(half => Task.Run(() =>
        {
            using var memory = SqliteTranslationMemory.Open(tm.Path);
            foreach (var batch in half.Chunk(100))
            {
                memory.AddOrUpdate(batch);
            }
        }));
        await Task.WhenAll(writers);

        Assert.Equal(4_000, tm.Memory.Statistics().Units);
        Assert.Equal(units.Count, tm.Memory.Concordance("kabinet", 10_000).Count + units.Count(u => !u.Source.Contains("kabinet", StringComparison.OrdinalIgnoreCase)));
    }
}
