namespace Publish.Memory;

/// <summary>
/// The storage side of a translation memory, kept narrow so that a shared server store (PostgreSQL) can
/// stand in for the embedded SQLite one. Scoring policy (bands, repair, diffs) lives in
/// <see cref="TranslationMemoryLookup"/>, on top of this interface.
/// </summary>
public interface ITranslationMemory : IDisposable
{
    /// <summary>
    /// Adds the units in one transaction. A unit with the same normalised source and the same context
    /// hashes as a stored one updates it: the stored target moves to the history if it differs.
    /// </summary>
    /// <returns>How many units were added (not updated).</returns>
    int AddOrUpdate(IReadOnlyList<TranslationUnit> units);

    /// <summary>
    /// Adds a long sequence of units, as an import does: in order, in transactions of <paramref name="batchSize"/>
    /// units (the last one holds the rest), each with the effect of <see cref="AddOrUpdate"/>, so a process killed
    /// during it keeps every committed transaction and leaves a usable memory. A committed unit is found by every
    /// kind of lookup. A caller may rely on this: nothing is committed before the enumeration has yielded
    /// <paramref name="batchSize"/> units or ended, nor before <paramref name="commitAfter"/> has completed; an
    /// exception thrown by the enumeration, or a fault of <paramref name="commitAfter"/>, rolls back the open
    /// transaction and is rethrown. A store may go on reading and preparing units while it waits for
    /// <paramref name="commitAfter"/>.
    /// </summary>
    /// <param name="committed">Called after each commit with the number of units written so far.</param>
    /// <param name="commitAfter">
    /// A check that runs alongside the import: <see cref="Interchange.Tmx.TmxImporter"/> passes the parse of the
    /// whole file, so that a defect anywhere in it imports nothing.
    /// </param>
    /// <returns>How many units were added (not updated).</returns>
    long AddOrUpdateAll(IEnumerable<TranslationUnit> units, int batchSize, Action<long>? committed = null, Task? commitAfter = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        long added = 0, written = 0;
        foreach (var batch in units.Chunk(batchSize))
        {
            commitAfter?.GetAwaiter().GetResult();
            added += AddOrUpdate(batch);
            written += batch.Length;
            committed?.Invoke(written);
        }

        return added;
    }

    /// <summary>Units whose normalised source has this hash, most recently changed first.</summary>
    IReadOnlyList<TranslationUnit> FindBySourceHash(long sourceHash);

    /// <summary>Units with this source hash and these neighbouring source hashes.</summary>
    IReadOnlyList<TranslationUnit> FindInContext(long sourceHash, long previousSourceHash, long nextSourceHash);

    /// <summary>
    /// Units whose fuzzy score against <paramref name="source"/> is at least <paramref name="minimumScore"/>,
    /// best first, at most <paramref name="limit"/>; found through an index, never by scanning all units.
    /// </summary>
    IReadOnlyList<ScoredUnit> FindFuzzy(string source, int minimumScore, int limit);

    /// <summary>Units whose source or target contains the words of <paramref name="phrase"/> in that order.</summary>
    IReadOnlyList<ConcordanceHit> Concordance(string phrase, int limit);

    IReadOnlyList<TargetRevision> History(long unitId);

    MemoryStatistics Statistics();

    /// <summary>Every unit in id order, streamed: for export.</summary>
    IEnumerable<TranslationUnit> EnumerateUnits();
}

/// <summary>A fuzzy candidate with its score (docs/translation-memory.md).</summary>
public sealed record ScoredUnit(TranslationUnit Unit, int Score);
