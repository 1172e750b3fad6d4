using Microsoft.Data.Sqlite;

namespace Publish.Projects;

/// <summary>One parameterised statement run inside the caller's transaction: how the project store writes.</summary>
internal static class SqliteStatement
{
    /// <returns>The number of rows changed.</returns>
    public static int Run(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
