using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Testing;

namespace Parley.Fuzz.Tests;

/// <summary>The fuzzed server over a new SQLite file.</summary>
public sealed class SqliteFuzzServer : FuzzServer
{
    protected override async Task<IEventStore> OpenStoreAsync(ScratchFolder folder) => await SqliteEventStore.OpenAsync(folder.File("parley.db"));
}
