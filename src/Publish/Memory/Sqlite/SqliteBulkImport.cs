using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The import path of <see cref="SqliteTranslationMemory.AddOrUpdateAll"/>: three stages that overlap on
/// separate threads — reading the units (an XML parse for TMX), preparing each batch (normalising, hashing,
/// tokenising, on every core) and writing batches in their own transactions — joined by small bounded queues,
/// so memory stays constant. Committed batches are not indexed one by one: every
/// <see cref="SqliteIndexer.StepUnits"/> units and at the end, one transaction indexes everything pending.
/// Writing the postings of 131,072 units at once, in key order, dirties each B-tree page about once per step
/// instead of once per batch, and FTS5 tokenises a step in one statement. An import of more than one step
/// ends by merging each list's blocks (<see cref="SqlitePostingCompaction"/>).
/// </summary>
internal static class SqliteBulkImport
{
    // Enough prepared batches (some 16 MB) that reading and preparing go on while an index step holds the writer.
    private const int QueuedBatches = 16;

    public static long Run(SqliteConnection connection, SqliteUnitWriter writer, IEnumerable<TranslationUnit> units, int batchSize, Action<long>? committed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var stop = new CancellationTokenSource();
        using var read = new BlockingCollection<TranslationUnit[]>(QueuedBatches);
        using var prepared = new BlockingCollection<PreparedUnit[]>(QueuedBatches);
        var reader = Task.Run(() => Stage(read, () => units.Chunk(batchSize), stop.Token));
        var preparer = Task.Run(() => Stage(prepared, () => read.GetConsumingEnumerable(stop.Token).Select(PreparedUnit.Of), stop.Token));
        using var postings = new StepPostingsBuilder(stop.Token);
        long added = 0, written = 0, indexedAt = 0;
        try
        {
            foreach (var batch in prepared.GetConsumingEnumerable(stop.Token))
            {
                var ids = new long[batch.Length];
                added += writer.WriteUnindexed(batch, ids);
                postings.Written(batch, ids);
                written += batch.Length;
                committed?.Invoke(written);
                if (written - indexedAt >= SqliteIndexer.StepUnits)
                {
                    IndexStep(connection, postings);
                    indexedAt = written;
                }
            }

            // A failed stage ends its queue early; its own exception (a PublishInputException for a bad file), not a
            // short import, is what the caller sees.
            reader.GetAwaiter().GetResult();
            preparer.GetAwaiter().GetResult();
            IndexStep(connection, postings);
            postings.Complete();
            postings.Task.GetAwaiter().GetResult();
            if (written > SqliteIndexer.StepUnits)
            {
                SqlitePostingCompaction.Compact(connection);
            }

            return added;
        }
        catch
        {
            // Stop the stages and wait for them (without rethrowing their cancellation) before the queues are disposed.
            stop.Cancel();
            ((IAsyncResult)Task.WhenAll(reader, preparer, postings.Task)).AsyncWaitHandle.WaitOne();
            throw;
        }
    }

    /// <summary>
    /// An import's index step, in one write transaction: the postings built of the batches written since the last
    /// step are cut before the transaction (a busy retry must not cut twice) and taken once.
    /// </summary>
    private static void IndexStep(SqliteConnection connection, StepPostingsBuilder postings)
    {
        postings.Cut();
        StepPostings? step = null;
        SqliteBusyRetry.Run(() =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            SqliteIndexer.IndexPending(connection, transaction, () => step ??= postings.Take());
            transaction.Commit();
        });
    }

    /// <summary>Indexes whatever is pending, in one write transaction of its own.</summary>
    public static void IndexPending(SqliteConnection connection) => SqliteBusyRetry.Run(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        SqliteIndexer.IndexPending(connection, transaction);
        transaction.Commit();
    });

    private static void Stage<T>(BlockingCollection<T> output, Func<IEnumerable<T>> produce, CancellationToken stop)
    {
        try
        {
            foreach (var item in produce())
            {
                output.Add(item, stop);
            }
        }
        finally
        {
            output.CompleteAdding();
        }
    }
}
