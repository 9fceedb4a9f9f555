using Npgsql;
using Parley.Storage.Postgres;
using Parley.Testing.Servers;

namespace Parley.Storage.Tests;

/// <summary>
/// The <see cref="EventStoreTests"/> contract on the tests' own PostgreSQL server. The tests of a class run one
/// after another, so they share one database, emptied before each test (making and dropping a database per test
/// would cost more than the tests).
/// </summary>
[RequiresServers(LocalServers.Postgres)]
public sealed class PostgresEventStoreTests : EventStoreTests
{
    private static readonly string Database = PostgresServer.NewDatabaseName("contract");

    protected override async Task<IEventStore> OpenEmptyStoreAsync()
    {
        var server = await PostgresServer.SharedAsync();
        var store = await PostgresEventStore.OpenAsync(server.Uri(Database));
        await using var connection = new NpgsqlConnection(server.ConnectionString(Database));
        await connection.OpenAsync();
        await using var empty = new NpgsqlCommand("TRUNCATE articles, events, failures RESTART IDENTITY", connection);
        await empty.ExecuteNonQueryAsync();
        return store;
    }
}
