namespace Parley.Fuzz.Tests;

/// <summary>The HTTP API fuzzed over a SQLite store.</summary>
public sealed class SqliteServerRequestFuzzTests(SqliteFuzzServer server) : ServerRequestFuzzTests<SqliteFuzzServer>(server), IClassFixture<SqliteFuzzServer>;
