using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>What an import did.</summary>
public sealed record TmxImportResult(long Read, long Added, long Updated, long Skipped);

/// <summary>
/// Imports a TMX file in two streaming passes. The first reads the whole file and writes nothing, so a
/// malformed or hostile file imports nothing at all. The second writes in transactions of
/// <see cref="BatchSize"/> units (<see cref="ITranslationMemory.AddOrUpdateAll"/>), so a process killed during a long import keeps every committed batch and
/// leaves a usable memory (WAL rolls back the unfinished one); importing the file again completes it,
/// since a unit already present is updated in place, not duplicated.
/// </summary>
public static class TmxImporter
{
    public const int BatchSize = 1_000;

    /// <param name="progress">Called after each committed batch with (units written, units in the file).</param>
    public static TmxImportResult Import(string path, ITranslationMemory memory, Action<long, long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(memory);
        var check = new TmxReader(path);
        long total = 0;
        foreach (var unit in check.ReadUnits())
        {
            total++;
        }

        var reader = new TmxReader(path);
        long read = 0;
        var added = memory.AddOrUpdateAll(Counted(reader.ReadUnits()), BatchSize, written => progress?.Invoke(written, total));
        progress?.Invoke(read, total);
        return new TmxImportResult(read, added, read - added, reader.Skipped);

        IEnumerable<TranslationUnit> Counted(IEnumerable<TranslationUnit> units)
        {
            foreach (var unit in units)
            {
                read++;
                yield return unit;
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
