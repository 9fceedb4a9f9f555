using Parley.Storage.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>The <see cref="EventStoreTests"/> contract, on a new SQLite file per test.</summary>
public sealed class SqliteEventStoreTests : EventStoreTests
{
    private readonly TemporaryFolder folder = new();

    protected override async Task<IEventStore> OpenEmptyStoreAsync() => await SqliteEventStore.OpenAsync(folder.File("parley.db"));

    protected override Task CleanUpAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
