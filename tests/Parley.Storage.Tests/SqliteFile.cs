using Microsoft.Data.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>Raw access to a database file, for looking behind the store's back. Unpooled, so the file is released on dispose.</summary>
internal static class SqliteFile
{
    public static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<object?[]> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public static List<object?[]> Rows(string path, string sql)
    {
        using var connection = Open(path);
        return Rows(connection, sql);
    }

    public static object? Scalar(SqliteConnection connection, string sql) => Rows(connection, sql) is [var first, ..] ? first[0] : null;

    public static object? Scalar(string path, string sql)
    {
        using var connection = Open(path);
        return Scalar(connection, sql);
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
