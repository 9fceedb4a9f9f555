using Microsoft.Data.Sqlite;

namespace Parley.Cli.Tests;

/// <summary>Reads a database the commands wrote, without pooling, so the file is free again as soon as the test is done.</summary>
internal static class EventDatabase
{
    public static long Count(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
