using System.Collections.Concurrent;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The import's fourth stage: groups the bigrams of each written batch into the current step's posting lists
/// (<see cref="StepPostings"/>) while the writing thread goes on inserting. At an index step the writer
/// <see cref="Cut"/>s, indexes FTS, then <see cref="Take"/>s the sealed postings: building and encoding
/// them overlaps with its own work. Every cut is taken exactly once, so the steps stay in order.
/// </summary>
internal sealed class StepPostingsBuilder : IDisposable
{
    // Enough written batches that the writer never waits while the builder is sealing a step.
    private const int QueuedBatches = 64;

    private readonly BlockingCollection<(PreparedUnit[]? Batch, long[]? Ids)> written = new(QueuedBatches);
    private readonly BlockingCollection<StepPostings> sealedSteps = new(1);
    private readonly CancellationToken stop;

    public StepPostingsBuilder(CancellationToken stop)
    {
        this.stop = stop;
        // The loop observes the token itself; the task must run so that the queues end in order.
        Task = StageThread.Start(Build);
    }

    /// <summary>The builder's thread; faults if building fails.</summary>
    public Task Task { get; }

    /// <summary>Hands over a committed batch and the id each unit was inserted as (0: an existing unit, updated).</summary>
    public void Written(PreparedUnit[] batch, long[] ids) => written.Add((batch, ids), stop);

    /// <summary>Ends the current step: what was written so far goes into the postings the next <see cref="Take"/> returns.</summary>
    public void Cut() => written.Add((null, null), stop);

    public StepPostings Take() => sealedSteps.Take(stop);

    /// <summary>No more batches: lets the thread end.</summary>
    public void Complete() => written.CompleteAdding();

    public void Dispose()
    {
        written.Dispose();
        sealedSteps.Dispose();
    }

    private void Build()
    {
        var scratch = new StepPostings.Scratch();
        var step = new StepPostings(scratch);
        foreach (var (batch, ids) in written.GetConsumingEnumerable(stop))
        {
            if (batch is null || ids is null)
            {
                sealedSteps.Add(step.Seal(), stop);
                step = new StepPostings(scratch);
                continue;
            }

            for (var i = 0; i < batch.Length; i++)
            {
                // An update keeps its identity, so its normalised source, tokens and postings do not change.
                if (ids[i] != 0)
                {
                    step.Add(ids[i], batch[i].Grams, batch[i].TokenCount);
                }
            }
        }
    }
}
