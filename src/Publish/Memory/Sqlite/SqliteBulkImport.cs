using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// The import path of <see cref="SqliteTranslationMemory.AddOrUpdateAll"/>: four stages that overlap on
/// separate threads — reading the units (an XML parse for TMX), preparing them in chunks of
/// <see cref="ChunkUnits"/> (normalising, hashing, tokenising, on every core), writing, and building the
/// commit's posting lists (<see cref="StepPostingsBuilder"/>) — joined by small bounded queues, so memory stays
/// constant. Each transaction holds <c>batchSize</c> units and their index entries (FTS5 rows and posting
/// blocks), so a committed unit is at once found by every kind of lookup. The first commit waits for the
/// caller's check (<c>commitAfter</c>: for TMX, the parse of the whole file) while reading and preparing go on.
/// Letting the first transaction grow instead of waiting was measured slower: past the 64 MiB page cache its
/// dirty pages spill to the WAL and are rewritten (7 CPU-seconds more at a million units).
/// Large transactions are what make an import fast: the identity index is keyed by a hash, so every commit
/// rewrites (in the WAL) nearly one index page per unit it inserted until the transaction holds more units than
/// the index has leaf pages; a commit of 131,072 units writes each page about once.
/// An import of more than one transaction ends by merging each list's blocks (<see cref="SqlitePostingCompaction"/>).
/// </summary>
internal static class SqliteBulkImport
{
    /// <summary>Units prepared together; a transaction is written chunk by chunk.</summary>
    public const int ChunkUnits = 1_000;

    // Enough prepared chunks (some 16 MB) that reading and preparing go on while the writer indexes a commit.
    private const int QueuedChunks = 16;

    public static long Run(SqliteConnection connection, SqliteUnitWriter writer, IEnumerable<TranslationUnit> units, int batchSize, Action<long>? committed, Task? commitAfter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var stop = new CancellationTokenSource();
        using var read = new BlockingCollection<TranslationUnit[]>(QueuedChunks);
        using var prepared = new BlockingCollection<PreparedUnit[]>(QueuedChunks);
        var reader = StageThread.Start(() => Stage(read, () => Chunks(units, batchSize), stop.Token));
        var preparer = StageThread.Start(() => Stage(prepared, () => read.GetConsumingEnumerable(stop.Token).Select(PreparedUnit.Of), stop.Token));
        using var postings = new StepPostingsBuilder(stop.Token);
        long added = 0, written = 0, commits = 0;
        SqliteTransaction? transaction = null;
        try
        {
            foreach (var chunk in prepared.GetConsumingEnumerable(stop.Token))
            {
                transaction ??= Begin(connection);
                var ids = new long[chunk.Length];
                added += writer.WriteIn(transaction, chunk, ids);
                postings.Written(chunk, ids);
                written += chunk.Length;
                if (written % batchSize == 0)
                {
                    Commit(connection, transaction, postings, commitAfter);
                    transaction = null;
                    commits++;
                    committed?.Invoke(written);
                }
            }

            // A failed stage ends its queue early; its own exception (a PublishInputException for a bad file), not a
            // short import, is what the caller sees.
            reader.GetAwaiter().GetResult();
            preparer.GetAwaiter().GetResult();
            if (transaction is not null)
            {
                Commit(connection, transaction, postings, commitAfter);
                transaction = null;
                commits++;
                committed?.Invoke(written);
            }

            postings.Complete();
            postings.Task.GetAwaiter().GetResult();
            if (commits > 1)
            {
                SqlitePostingCompaction.Compact(connection);
            }

            return added;
        }
        catch
        {
            // Roll back the open transaction, then stop the stages and wait for them (without rethrowing their
            // cancellation) before the queues are disposed.
            transaction?.Dispose();
            stop.Cancel();
            ((IAsyncResult)Task.WhenAll(reader, preparer, postings.Task)).AsyncWaitHandle.WaitOne();
            throw;
        }
    }

    /// <summary>Indexes whatever is pending, in one write transaction of its own.</summary>
    public static void IndexPending(SqliteConnection connection) => SqliteBusyRetry.Run(() =>
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        SqliteIndexer.IndexPending(connection, transaction);
        transaction.Commit();
    });

    // BEGIN IMMEDIATE takes the write lock up front, retried while another process holds it; once held, the
    // statements of the transaction cannot fail with SQLITE_BUSY, so its chunks are never written twice.
    private static SqliteTransaction Begin(SqliteConnection connection) =>
        SqliteBusyRetry.Run(() => connection.BeginTransaction(deferred: false));

    /// <summary>
    /// Indexes the transaction's units (the postings built of its chunks are cut here and taken once, after the
    /// FTS part, so that building them overlaps with it), waits for the caller's check and commits. A failed check
    /// throws here, and the caller rolls the transaction back.
    /// </summary>
    private static void Commit(SqliteConnection connection, SqliteTransaction transaction, StepPostingsBuilder postings, Task? commitAfter)
    {
        postings.Cut();
        SqliteIndexer.IndexPending(connection, transaction, postings.Take);
        commitAfter?.GetAwaiter().GetResult();
        using (transaction)
        {
            transaction.Commit();
        }
    }

    /// <summary>Chunks of at most <see cref="ChunkUnits"/> that never cross a transaction boundary.</summary>
    private static IEnumerable<TranslationUnit[]> Chunks(IEnumerable<TranslationUnit> units, int batchSize)
    {
        var size = Math.Min(ChunkUnits, batchSize);
        var chunk = new List<TranslationUnit>(size);
        long inBatch = 0;
        foreach (var unit in units)
        {
            chunk.Add(unit);
            inBatch++;
            if (chunk.Count == size || inBatch == batchSize)
            {
                yield return [.. chunk];
                chunk.Clear();
                inBatch %= batchSize;
            }
        }

        if (chunk.Count > 0)
        {
            yield return [.. chunk];
        }
    }

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
