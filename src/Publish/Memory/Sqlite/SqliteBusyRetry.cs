using Microsoft.Data.Sqlite;

namespace Publish.Memory.Sqlite;

/// <summary>
/// Retries an operation that another process's write lock made fail with SQLITE_BUSY or SQLITE_LOCKED.
/// The connection's busy timeout already waits inside SQLite; this covers the cases SQLite reports at once
/// (a lock upgrade that would deadlock, a WAL recovery by another process) with a jittered back-off.
/// </summary>
internal static class SqliteBusyRetry
{
    private const int Attempts = 20;

    public static T Run<T>(Func<T> operation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return operation();
            }
            catch (SqliteException e) when (IsBusy(e) && attempt < Attempts)
            {
                Thread.Sleep(Random.Shared.Next(10, 50) * attempt);
            }
        }
    }

    public static void Run(Action operation) => Run(() =>
    {
        operation();
        return 0;
    });

    private static bool IsBusy(SqliteException e) => e.SqliteErrorCode is 5 or 6;
}
