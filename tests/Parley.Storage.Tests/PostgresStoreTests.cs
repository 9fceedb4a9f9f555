using Parley.Coding;
using Npgsql;
using Parley.Storage.Postgres;
using Parley.Testing.Servers;

namespace Parley.Storage.Tests;

/// <summary>What the PostgreSQL store does beyond the shared contract: making and migrating databases, many writers, and a server that goes away.</summary>
public sealed class PostgresStoreTests
{
    [ServerFact(LocalServers.Postgres)]
    public async Task A_database_that_does_not_exist_is_created_and_migrated()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await using (var store = await PostgresEventStore.OpenAsync(server.Uri(database)))
            {
                await store.StoreAsync(SampleEvents.Corpus());
            }
            await using var reopened = await PostgresEventStore.OpenAsync(server.ConnectionString(database));

            Assert.Equal(5, (await reopened.QueryEventsAsync(EventQuery.All)).Count);
            Assert.Equal([1, 2, 3, 4], await ScalarsAsync<int>(server, database, "SELECT version FROM schema_migrations ORDER BY version"));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task Stores_opened_at_once_on_a_new_database_migrate_it_once()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresEventStore.OpenAsync(server.Uri(database)))));
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            Assert.Equal([1, 2, 3, 4], await ScalarsAsync<int>(server, database, "SELECT version FROM schema_migrations ORDER BY version"));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task A_database_whose_tables_belong_to_another_program_is_refused()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await ExecuteAsync(server, "postgres", $"CREATE DATABASE {database}");
            await ExecuteAsync(server, database, "CREATE TABLE events (id serial PRIMARY KEY, what text)");

            var error = await Assert.ThrowsAsync<EventStoreException>(() => PostgresEventStore.OpenAsync(server.Uri(database)));

            Assert.Contains("is not a Parley event store", error.Message, StringComparison.Ordinal);
            Assert.Contains("events", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task A_database_written_by_a_newer_Parley_is_refused()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await (await PostgresEventStore.OpenAsync(server.Uri(database))).DisposeAsync();
            await ExecuteAsync(server, database, "INSERT INTO schema_migrations (version, name) VALUES (99, 'future')");

            var error = await Assert.ThrowsAsync<EventStoreException>(() => PostgresEventStore.OpenAsync(server.Uri(database)));

            Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_named_in_the_error_without_the_password()
    {
        var port = ServerProcess.FreePort();

        var error = await Assert.ThrowsAsync<EventStoreException>(() =>
            PostgresEventStore.OpenAsync($"postgres://ana:topsecret@127.0.0.1:{port}/parley?connect_timeout=5"));

        Assert.Contains($"Cannot reach the PostgreSQL server of postgres://ana@127.0.0.1:{port}/parley", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("topsecret", error.ToString(), StringComparison.Ordinal);
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task Writers_storing_the_same_articles_at_once_leave_one_copy_of_each()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            var articles = Enumerable.Range(0, 60).Select(i => SampleEvents.Counted($"shared{i}", 1 + (i % 5))).ToList();

            // Four writers, each storing overlapping halves of the articles in its own order, several times over:
            // the batches contend for the same rows, as redelivered messages do.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
            {
                var random = new Random(writer);
                for (var round = 0; round < 5; round++)
                {
                    var batch = articles.Where((_, i) => (i + writer + round) % 2 == 0).OrderBy(_ => random.Next()).ToList();
                    await store.StoreAsync(batch);
                }
            })));
            await store.StoreAsync(articles);

            var events = await store.QueryEventsAsync(EventQuery.All);
            Assert.Equal(articles.Sum(a => a.Events.Count), events.Count);
            Assert.Equal(events.Count, events.Select(e => e.EventId).Distinct().Count());
            Assert.Equal(60L, await store.CountArticlesAsync());
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task A_large_batch_is_stored_whole_in_one_transaction()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            var batch = Enumerable.Range(0, 500).Select(i => SampleEvents.Counted($"big{i}", 20)).ToList();

            await store.StoreAsync(batch);

            Assert.Equal([10_000L], await ScalarsAsync<long>(server, database, "SELECT count(*) FROM events"));
            Assert.Equal([500L], await ScalarsAsync<long>(server, database, "SELECT count(DISTINCT article_id) FROM events"));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task Events_stored_again_as_they_were_keep_their_rows_and_only_changed_ones_are_written()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            var article = SampleEvents.Article("a1");
            var kept = SampleEvents.Full("a1", "e1");
            var other = SampleEvents.Counted("a2", 3);
            await store.StoreAsync([ArticleOutcome.Coded(article, [kept, SampleEvents.Bare("a1", "e2"), SampleEvents.Bare("a1", "e3")]), other]);
            const string Versions = "SELECT event_id || ' ' || xmin::text FROM events ORDER BY event_id";
            var before = await ScalarsAsync<string>(server, database, Versions);

            // e1 as it was, e2 changed, e3 gone, e4 new; a2 exactly as it was.
            var changed = SampleEvents.Bare("a1", "e2") with { Confidence = 0.75 };
            await store.StoreAsync([ArticleOutcome.Coded(article, [kept, changed, SampleEvents.Bare("a1", "e4")]), other]);

            var after = await ScalarsAsync<string>(server, database, Versions);
            Assert.Equal(before.Where(v => v.StartsWith("a2", StringComparison.Ordinal) || v.StartsWith("e1 ", StringComparison.Ordinal)),
                after.Where(v => v.StartsWith("a2", StringComparison.Ordinal) || v.StartsWith("e1 ", StringComparison.Ordinal)));
            Assert.DoesNotContain(after.Single(v => v.StartsWith("e2 ", StringComparison.Ordinal)), before);
            Assert.Equal(["e1", "e2", "e4"], after.Where(v => v.StartsWith('e')).Select(v => v.Split(' ')[0]));
            var events = await store.QueryEventsAsync(EventQuery.All);
            Assert.Equal(0.75, events.Single(e => e.EventId == "e2").Confidence);
            Assert.Equal(EventRecordJson.Serialize(kept), EventRecordJson.Serialize(events.Single(e => e.EventId == "e1")));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task An_event_id_stored_under_another_article_moves_to_the_article_stored_last()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        try
        {
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            await store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1"), [SampleEvents.Bare("a1", "e1")])]);

            await store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a2"), [SampleEvents.Bare("a2", "e1")])]);

            Assert.Equal("a2", Assert.Single(await store.QueryEventsAsync(EventQuery.All)).ArticleId);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task A_server_that_stops_gives_store_errors_and_the_same_store_works_once_it_is_back()
    {
        await using var server = await PostgresServer.StartNewAsync();
        await using var store = await PostgresEventStore.OpenAsync(server.Uri("parley"));
        await store.StoreAsync([SampleEvents.Counted("before", 2)]);

        await server.StopAsync();
        var whileDown = await Assert.ThrowsAsync<EventStoreException>(() => store.StoreAsync([SampleEvents.Counted("during", 3)]));
        await server.StartAsync();
        await store.StoreAsync([SampleEvents.Counted("after", 4)]);

        Assert.Contains(server.Uri("parley"), whileDown.Message, StringComparison.Ordinal);
        var articles = (await store.QueryEventsAsync(EventQuery.All)).GroupBy(e => e.ArticleId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["before-n2"] = 2, ["after-n4"] = 4 }, articles);
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task EventStore_opens_PostgreSQL_for_a_uri_and_SQLite_for_a_file()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName();
        using var folder = new TemporaryFolder();
        try
        {
            await using var postgres = await EventStore.OpenAsync(server.Uri(database));
            await using var sqlite = await EventStore.OpenAsync(folder.File("parley.db"));

            Assert.IsType<PostgresEventStore>(postgres);
            Assert.IsType<Sqlite.SqliteEventStore>(sqlite);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    private static async Task ExecuteAsync(PostgresServer server, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<T>> ScalarsAsync<T>(PostgresServer server, string database, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }
        return values;
    }
}
