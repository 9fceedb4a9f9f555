using Parley.Engine;
using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Testing;
using Parley.Testing.Servers;

namespace Parley.Cli.Tests;

/// <summary><c>--db postgres://…</c> (or <c>Host=…</c>) works wherever <c>--db FILE</c> does, against the tests' own PostgreSQL server.</summary>
public sealed class PostgresDatabaseTests
{
    private static readonly string Seed = RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt");
    private static readonly string Stories = RepositoryPaths.InRepo("examples", "stories.jsonl");

    [ServerFact(LocalServers.Postgres)]
    public async Task Code_stores_every_article_in_PostgreSQL_and_a_rerun_replaces_rather_than_duplicates()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName("cli");
        using var temp = new TempFolder();
        try
        {
            // Both spellings of the same database: a URI, then an Npgsql connection string.
            foreach (var db in new[] { server.Uri(database), server.ConnectionString(database) })
            {
                var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, Stories, "--db", db, "--out", temp.File("events.jsonl"));
                Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
            }

            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            var written = File.ReadAllLines(temp.File("events.jsonl")).Select(line => EventRecordJsonId(line)).Order().ToList();
            var stored = (await store.QueryEventsAsync(EventQuery.All)).Select(e => e.EventId).Order().ToList();
            Assert.Equal(written, stored);
            Assert.Equal(4, await store.CountArticlesAsync());
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task The_demo_codes_into_a_new_PostgreSQL_database_and_refuses_one_that_holds_articles()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName("demo");
        try
        {
            var first = CliRun.WithCoder(TestCoders.OneEventPerSentence, "demo", "--db", server.Uri(database));
            var second = CliRun.WithCoder(TestCoders.OneEventPerSentence, "demo", "--db", server.Uri(database));

            Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
            Assert.Contains($"The database is {server.Uri(database)}", first.Output, StringComparison.Ordinal);
            Assert.Contains($"psql '{server.Uri(database)}' -c \"SELECT", first.Output, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.UsageError, second.ExitCode);
            Assert.Contains("already holds articles", second.Error, StringComparison.Ordinal);
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            Assert.Equal(10, await store.CountArticlesAsync());
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public void A_PostgreSQL_server_that_cannot_be_reached_stops_the_run_with_exit_code_3()
    {
        var port = ServerProcess.FreePort();

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, "--db", $"postgres://parley:hush@127.0.0.1:{port}/parley?connect_timeout=5");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"Cannot reach the PostgreSQL server of postgres://parley@127.0.0.1:{port}/parley", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hush", run.Error, StringComparison.Ordinal);
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task A_PostgreSQL_server_that_goes_away_mid_run_ends_it_in_one_line_with_exit_code_3_and_what_was_stored_is_whole()
    {
        // A server of the test's own, stopped by the coder while it codes article 120 of 150: the first batch of 100 is
        // stored by then, the second cannot be.
        await using var server = await PostgresServer.StartNewAsync();
        var database = PostgresServer.NewDatabaseName("cli");
        using var temp = new TempFolder();
        var input = temp.File("stories.jsonl");
        File.WriteAllLines(input, Enumerable.Range(1, 150).Select(i => System.Text.Json.JsonSerializer.Serialize(new
        {
            id = $"story-{i}",
            text = i == 120 ? "The database goes away now. Russia thanked Peru." : $"Russia thanked Peru for the talks number {i}. Peru replied.",
        })));
        Func<string, ArticleCoder> stopping = models => (document, articleId, articleDate) =>
        {
            if (document.Text.Contains("goes away", StringComparison.Ordinal))
            {
                server.StopAsync().GetAwaiter().GetResult();
            }
            return TestCoders.OneEventPerSentence(models)(document, articleId, articleDate);
        };

        var run = CliRun.WithCoder(stopping, "code", input, "--db", server.Uri(database), "--out", temp.File("events.jsonl"));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"parley: Cannot reach the PostgreSQL server of {server.Uri(database)}", line, StringComparison.Ordinal);
        Assert.All(File.ReadAllLines(temp.File("events.jsonl")), l => Assert.NotNull(Parley.Coding.EventRecordJson.Deserialize(l)));
        await server.StartAsync();
        await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
        Assert.Equal(CodingRun.BatchSize, await store.CountArticlesAsync());
        var events = await store.QueryEventsAsync(EventQuery.All);
        Assert.Equal(2 * CodingRun.BatchSize, events.Count);
    }

    private static string EventRecordJsonId(string line) => Parley.Coding.EventRecordJson.Deserialize(line)!.EventId;
}
