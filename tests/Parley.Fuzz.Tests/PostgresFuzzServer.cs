using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Testing;
using Parley.Testing.Servers;

namespace Parley.Fuzz.Tests;

/// <summary>The fuzzed server over a new database on the tests' own PostgreSQL server (dropped at the end).</summary>
public sealed class PostgresFuzzServer : FuzzServer
{
    private readonly string _database = PostgresServer.NewDatabaseName("fuzz");

    protected override async Task<IEventStore> OpenStoreAsync(ScratchFolder folder) =>
        await PostgresEventStore.OpenAsync((await PostgresServer.SharedAsync()).Uri(_database));

    protected override async Task RemoveStoreAsync() => await (await PostgresServer.SharedAsync()).DropDatabaseAsync(_database);
}
