namespace Publish.Memory.Sqlite;

/// <summary>
/// Starts a pipeline stage of an import on a thread of its own (<see cref="TaskCreationOptions.LongRunning"/>).
/// A stage blocks on its queues for the whole import; on the thread pool it would hold a pool thread and, when
/// the pool is busy (a test host, a server), wait for the pool to inject one, which it does about twice a second.
/// </summary>
internal static class StageThread
{
    public static Task Start(Action stage) =>
        Task.Factory.StartNew(stage, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    public static Task<T> Start<T>(Func<T> stage) =>
        Task.Factory.StartNew(stage, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
