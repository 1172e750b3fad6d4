using System.Runtime.ExceptionServices;
using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>What an import did.</summary>
public sealed record TmxImportResult(long Read, long Added, long Updated, long Skipped);

/// <summary>
/// Imports a TMX file so that a malformed or hostile file imports nothing at all, and a process killed during a
/// long import keeps every committed transaction and leaves a usable memory (WAL rolls back the open one);
/// importing the file again completes it, since a unit already present is updated in place, not duplicated.
/// The file is read twice, at the same time: a check reads it whole on a thread of its own while the import
/// writes its first transaction of <see cref="CommitUnits"/>, and that transaction's last unit (or the end of a
/// shorter file) is only handed over once the check has passed. <see cref="ITranslationMemory.AddOrUpdateAll"/>
/// commits nothing before, so a bad file anywhere rolls the first transaction back.
/// </summary>
public static class TmxImporter
{
    /// <summary>Units per transaction: see <see cref="Memory.Sqlite.SqliteTranslationMemory"/> for why so many.</summary>
    public const int CommitUnits = 131_072;

    private const int ProgressEvery = 1_000;

    /// <param name="progress">
    /// Called every 1,000 units read and at the end with (units read, units in the file); the total is 0 until
    /// the check has counted them.
    /// </param>
    /// <param name="commitUnits">Units per transaction.</param>
    public static TmxImportResult Import(string path, ITranslationMemory memory, Action<long, long>? progress = null, int commitUnits = CommitUnits)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitUnits, 1);
        var check = Task.Run(() => new TmxReader(path).ReadUnits().LongCount());
        var reader = new TmxReader(path);
        long read = 0;
        long added;
        try
        {
            added = memory.AddOrUpdateAll(Gated(reader.ReadUnits()), commitUnits);
        }
        finally
        {
            // The check may still be reading when the import fails; it must not outlive the call.
            ((IAsyncResult)check).AsyncWaitHandle.WaitOne();
        }

        progress?.Invoke(read, Total());
        return new TmxImportResult(read, added, read - added, reader.Skipped);

        long Total() => check.IsCompletedSuccessfully ? check.Result : 0;

        IEnumerable<TranslationUnit> Gated(IEnumerable<TranslationUnit> units)
        {
            using var unit = units.GetEnumerator();
            while (true)
            {
                var more = unit.MoveNext();
                if (!more || read + 1 == commitUnits)
                {
                    AwaitCheck();
                }

                if (!more)
                {
                    yield break;
                }

                read++;
                if (read % ProgressEvery == 0)
                {
                    progress?.Invoke(read, Total());
                }

                yield return unit.Current;
            }
        }

        void AwaitCheck()
        {
            ((IAsyncResult)check).AsyncWaitHandle.WaitOne();
            if (check.Exception is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure.InnerException ?? failure);
            }
        }
    }

    /// <summary>Writes every unit of the memory to <paramref name="output"/> as TMX 1.4b.</summary>
    public static long Export(ITranslationMemory memory, Stream output)
    {
        ArgumentNullException.ThrowIfNull(memory);
        return TmxWriter.Write(output, memory.EnumerateUnits());
    }
}
