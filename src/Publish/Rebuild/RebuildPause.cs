using System.Globalization;

namespace Publish.Rebuild;

/// <summary>The points a rebuild can be paused at (<see cref="RebuildPause"/>).</summary>
public enum RebuildStage
{
    /// <summary>After a document's transaction committed (unaffected documents included).</summary>
    Documents,

    /// <summary>After a document's memory changes were written, before the document commits.</summary>
    Memory,

    /// <summary>After an output was rendered and its manifest record saved.</summary>
    Outputs,
}

/// <summary>
/// A test hook (docs/rebuild.md, "Killed mid-way"): <c>PUBLISH_REBUILD_PAUSE=documents:2</c> (or <c>memory:N</c>,
/// <c>outputs:N</c>) makes <c>publish rebuild</c> stop right after the Nth such step, holding the store lock so
/// that nothing else is written, and wait for Ctrl+C or for the process to be killed. A test can then end the
/// run at an exact point instead of racing a timer. Unset, it costs a null check; it changes no data.
/// </summary>
public sealed record RebuildPause(RebuildStage Stage, int After)
{
    public const string Variable = "PUBLISH_REBUILD_PAUSE";

    /// <exception cref="PublishInputException">The value is not STAGE:N.</exception>
    public static RebuildPause? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = text.Split(':');
        return parts.Length == 2 && Enum.TryParse<RebuildStage>(parts[0], ignoreCase: true, out var stage)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var after) && after > 0
                ? new RebuildPause(stage, after)
                : throw new PublishInputException(Variable, $"'{text}' is not documents:N, memory:N or outputs:N");
    }
}

/// <summary>Counts the steps of one run and pauses at the one <see cref="RebuildPause"/> names.</summary>
internal sealed class PauseCounter(RebuildPause? pause, Action<RebuildPause>? paused, CancellationToken cancellation)
{
    private int documents;
    private int memory;
    private int outputs;

    /// <summary>Called by the step's writer while it holds the store lock; blocks until cancellation when this is the step.</summary>
    public void Reached(RebuildStage stage)
    {
        if (pause is null || pause.Stage != stage)
        {
            return;
        }

        var count = stage switch
        {
            RebuildStage.Documents => Interlocked.Increment(ref documents),
            RebuildStage.Memory => Interlocked.Increment(ref memory),
            _ => Interlocked.Increment(ref outputs),
        };
        if (count == pause.After)
        {
            paused?.Invoke(pause);
            cancellation.WaitHandle.WaitOne();
        }
    }
}
