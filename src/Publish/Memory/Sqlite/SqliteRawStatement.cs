using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Publish.Memory.Sqlite;

/// <summary>
/// One SQL statement run through SQLitePCLRaw (the layer under Microsoft.Data.Sqlite), prepared on first use
/// and kept for the connection's life: the import's insert and the fuzzy search's list and candidate reads run
/// it hundreds of thousands of times, where <see cref="SqliteCommand"/> costs more than SQLite itself (parameter
/// lookup by name, a data reader and an array per row). Bind and read with <see cref="raw"/> on
/// <see cref="Prepared"/>; step with <see cref="Step"/>, and <see cref="Reset"/> in a finally.
/// Not thread-safe, like its connection.
/// </summary>
internal sealed class SqliteRawStatement(SqliteConnection connection, string sql) : IDisposable
{
    private sqlite3_stmt? statement;

    public sqlite3 Database => connection.Handle!;

    public sqlite3_stmt Prepared
    {
        get
        {
            if (statement is null)
            {
                SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(Database, sql, out var prepared), Database);
                statement = prepared;
            }

            return statement;
        }
    }

    /// <summary>Steps once: true for a row, false when done; any other result is thrown as SQLite's error.</summary>
    public bool Step()
    {
        var result = raw.sqlite3_step(Prepared);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        SqliteException.ThrowExceptionForRC(result == raw.SQLITE_DONE ? raw.SQLITE_OK : result, Database);
        return false;
    }

    public void Reset() => raw.sqlite3_reset(Prepared);

    public void Dispose()
    {
        statement?.Dispose();
        statement = null;
    }
}
