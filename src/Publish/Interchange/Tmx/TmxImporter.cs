using System.Runtime.ExceptionServices;
using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>What an import did.</summary>
public sealed record TmxImportResult(long Read, long Added, long Updated, long Skipped);

/// <summary>
/// Imports a TMX file so that a malformed or hostile file imports nothing at all, and a process killed during a
/// long import keeps every committed transaction and leaves a usable memory (WAL rolls back the open one);
/// importing the file again completes it, since a unit already present is updated in place, not duplicated.
/// The file is parsed once, on a thread of its own, into a temporary spill of units (<see cref="TmxSpill"/>) that
/// the import reads while the parse goes on. The parse is the import's <c>commitAfter</c> check
/// (<see cref="ITranslationMemory.AddOrUpdateAll"/>): the memory writes meanwhile but commits nothing before the
/// whole file has parsed, so a bad file anywhere rolls the first transaction back.
/// </summary>
public static class TmxImporter
{
    /// <summary>Units per transaction: see <see cref="Memory.Sqlite.SqliteTranslationMemory"/> for why so many.</summary>
    public const int CommitUnits = 131_072;

    private const int ProgressEvery = 1_000;

    /// <param name="progress">
    /// Called every 1,000 units read and at the end with (units read, units in the file); the total is 0 until
    /// the parse has counted them.
    /// </param>
    /// <param name="commitUnits">Units per transaction.</param>
    public static TmxImportResult Import(string path, ITranslationMemory memory, Action<long, long>? progress = null, int commitUnits = CommitUnits)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentOutOfRangeException.ThrowIfLessThan(commitUnits, 1);
        using var spill = new TmxSpill(path);
        long read = 0;
        spill.WaitForStart();
        if (spill.Parse.IsFaulted)
        {
            AwaitParse();
        }

        var added = memory.AddOrUpdateAll(Counted(spill.Units()), commitUnits, commitAfter: spill.Parse);
        progress?.Invoke(read, Total());
        return new TmxImportResult(read, added, read - added, spill.Skipped);

        long Total() => spill.Parse.IsCompletedSuccessfully ? spill.Parse.Result : 0;

        IEnumerable<TranslationUnit> Counted(IEnumerable<TranslationUnit> units)
        {
            foreach (var unit in units)
            {
                read++;
                if (read % ProgressEvery == 0)
                {
                    progress?.Invoke(read, Total());
                }

                yield return unit;
            }

            // The spill ends early when the parse fails: its error, not a short import, is what the caller sees.
            AwaitParse();
        }

        void AwaitParse()
        {
            ((IAsyncResult)spill.Parse).AsyncWaitHandle.WaitOne();
            if (spill.Parse.Exception is { } failure)
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
