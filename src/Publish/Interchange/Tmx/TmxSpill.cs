using System.Text;
using Publish.Memory;

namespace Publish.Interchange.Tmx;

/// <summary>
/// Parses a TMX file once, on a thread of its own, into a temporary file of units in a compact binary form
/// (<see cref="TranslationUnitRecord"/>), which <see cref="Units"/> reads back while the parse goes on. The
/// import needs the whole file checked before its first commit but its units long before the parse ends; the
/// spill lets the parse run ahead of the writer without holding the units in memory, and the writer's side reads
/// plain length-prefixed strings instead of parsing the XML a second time.
/// The file is unlinked as soon as both ends have it open, so nothing is left behind, even by a killed process.
/// </summary>
internal sealed class TmxSpill : IDisposable
{
    // Units are made visible to the reader in groups: each publication flushes the writer.
    private const int PublishEvery = 256;

    private readonly object gate = new();
    private readonly FileStream output;
    private readonly FileStream input;
    private long available;
    private bool finished;
    private volatile bool abandoned;

    public TmxSpill(string tmxPath)
    {
        var path = Path.Combine(Path.GetTempPath(), $"publish-tmx-spill-{Environment.ProcessId}-{Guid.NewGuid():N}.bin");
        output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, 1 << 16);
        try
        {
            input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
            File.Delete(path);
        }
        catch
        {
            output.Dispose();
            File.Delete(path);
            throw;
        }

        Parse = Memory.Sqlite.StageThread.Start(() => Run(tmxPath));
    }

    /// <summary>The parse: its result is the number of units read; it faults with the file's error.</summary>
    public Task<long> Parse { get; }

    /// <summary>Units the parse skipped for lacking a source or target variant; final once <see cref="Parse"/> ends.</summary>
    public long Skipped { get; private set; }

    /// <summary>
    /// The units in file order, as the parse makes them available; ends when the parse has ended and every unit was
    /// read. A failed parse ends the sequence at the units written before the failure (the caller awaits
    /// <see cref="Parse"/> for the error). One enumeration per spill.
    /// </summary>
    public IEnumerable<TranslationUnit> Units()
    {
        using var reader = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
        long read = 0;
        while (WaitFor(read))
        {
            read++;
            yield return TranslationUnitRecord.Read(reader);
        }
    }

    /// <summary>
    /// Waits until the parse has made its first units available or has ended, so that a file refused at its
    /// start (a DOCTYPE, a wrong root) fails before any writing machinery is started.
    /// </summary>
    public void WaitForStart()
    {
        bool ended;
        lock (gate)
        {
            while (available == 0 && !finished)
            {
                Monitor.Wait(gate);
            }

            ended = finished;
        }

        // "Finished" is published in the parse's finally; the task itself faults or completes just after.
        if (ended)
        {
            ((IAsyncResult)Parse).AsyncWaitHandle.WaitOne();
        }
    }

    public void Dispose()
    {
        // An import that failed early need not wait for the parse of the rest of the file.
        abandoned = true;
        ((IAsyncResult)Parse).AsyncWaitHandle.WaitOne();
        output.Dispose();
        input.Dispose();
    }

    private long Run(string tmxPath)
    {
        var tmx = new TmxReader(tmxPath);
        long count = 0;
        try
        {
            using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
            foreach (var unit in tmx.ReadUnits())
            {
                if (abandoned)
                {
                    break;
                }

                TranslationUnitRecord.Write(writer, unit);
                if (++count % PublishEvery == 0)
                {
                    writer.Flush();
                    Publish(count, done: false);
                }
            }

            writer.Flush();
            Skipped = tmx.Skipped;
            return count;
        }
        finally
        {
            // On failure too: a reader waiting for more units must wake up and end.
            Publish(count, done: true);
        }
    }

    private void Publish(long count, bool done)
    {
        lock (gate)
        {
            available = count;
            finished = done;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Waits until unit number <paramref name="read"/> + 1 is available; false when there is none.</summary>
    private bool WaitFor(long read)
    {
        lock (gate)
        {
            while (read >= available && !finished)
            {
                Monitor.Wait(gate);
            }

            return read < available;
        }
    }
}
