using Parley.Testing.Servers;

namespace Parley.Fuzz.Tests;

/// <summary>The HTTP API fuzzed over a PostgreSQL store (skipped, saying why, where PostgreSQL is not installed).</summary>
[RequiresServers(LocalServers.Postgres)]
public sealed class PostgresServerRequestFuzzTests(PostgresFuzzServer server) : ServerRequestFuzzTests<PostgresFuzzServer>(server), IClassFixture<PostgresFuzzServer>
{
    // Half of SQLite's share: each request costs about twice as much here, and what differs is only the store's SQL.
    protected override int Reads => 1_000;
}
