using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Testing;
using Parley.Testing.Servers;

namespace Parley.Cli.Tests;

/// <summary><c>parley submit</c>, <c>parley worker</c> and <c>parley queue status</c> end to end, against the tests' own nats-server and PostgreSQL.</summary>
public sealed class QueueCommandTests
{
    private static readonly string Examples = RepositoryPaths.InRepo("examples");

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task Submitted_stories_are_coded_by_a_worker_into_the_store_as_code_would_and_a_resubmission_is_dropped()
    {
        await using var nats = await NatsServer.StartNewAsync();
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName("queue_cli");
        var reference = PostgresServer.NewDatabaseName("queue_cli_code");
        try
        {
            var submitted = CliRun.Of("submit", Examples, "--nats", nats.Url);
            var again = CliRun.Of("submit", Examples, "--nats", nats.Url);
            var worker = CliRun.WithCoder(TestCoders.OneEventPerSentence, "worker", "--nats", nats.Url, "--db", server.Uri(database), "--drain");
            var status = CliRun.Of("queue", "status", "--nats", nats.Url);
            var coded = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Examples, "--db", server.Uri(reference), "--format", "jsonl");

            Assert.True(submitted.ExitCode == ExitCodes.Success, submitted.Error);
            Assert.Contains("Queued 10 articles", submitted.Output, StringComparison.Ordinal);
            Assert.Contains("Queued 0 articles", again.Output, StringComparison.Ordinal);
            Assert.Contains("10 were already queued", again.Output, StringComparison.Ordinal);
            Assert.True(worker.ExitCode == ExitCodes.Success, worker.Error);
            Assert.Contains("10 articles stored", worker.Error, StringComparison.Ordinal);
            Assert.Matches(@"submitted\s+10\b", status.Output);
            Assert.Matches(@"done\s+10\b", status.Output);
            Assert.Matches(@"pending\s+0\b", status.Output);
            await using var byWorker = await PostgresEventStore.OpenAsync(server.Uri(database));
            await using var byCode = await PostgresEventStore.OpenAsync(server.Uri(reference));
            Assert.Equal(
                (await byCode.QueryEventsAsync(EventQuery.All)).Select(Parley.Coding.EventRecordJson.Serialize),
                (await byWorker.QueryEventsAsync(EventQuery.All)).Select(Parley.Coding.EventRecordJson.Serialize));
            Assert.Equal(10, await byWorker.CountArticlesAsync());
        }
        finally
        {
            await server.DropDatabaseAsync(database);
            await server.DropDatabaseAsync(reference);
        }
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task A_story_the_coder_cannot_code_is_dead_lettered_after_its_tries_and_shown_by_queue_status()
    {
        await using var nats = await NatsServer.StartNewAsync();
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName("queue_dead");
        try
        {
            CliRun.Of("submit", Examples, "--nats", nats.Url);
            var worker = CliRun.WithCoder(TestCoders.FailingOn("Kremlin"), "worker", "--nats", nats.Url, "--db", server.Uri(database),
                "--drain", "--tries", "2", "--retry-after", "0.1");
            var status = CliRun.Of("queue", "status", "--nats", nats.Url);

            Assert.Equal(ExitCodes.SomeSkipped, worker.ExitCode);
            Assert.Contains("given up and put in the dead letters", worker.Error, StringComparison.Ordinal);
            Assert.Matches(@"dead-lettered\s+1\b", status.Output);
            Assert.Contains("seed-2025-07-22.txt", status.Output, StringComparison.Ordinal);
            Assert.Contains("fails on 'Kremlin' on purpose (after 2 tries)", status.Output, StringComparison.Ordinal);
            await using var store = await PostgresEventStore.OpenAsync(server.Uri(database));
            Assert.Contains("seed-2025-07-22.txt", Assert.Single(await store.ListFailuresAsync()).Origin, StringComparison.Ordinal);
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public void A_worker_waits_for_a_database_server_that_is_away_for_db_wait_seconds_then_says_so_and_exits_with_3()
    {
        var port = ServerProcess.FreePort();
        var database = $"postgres://parley:hush@127.0.0.1:{port}/parley";

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "worker", "--nats", $"nats://127.0.0.1:{ServerProcess.FreePort()}",
            "--db", database, "--db-wait", "5", "--drain");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // 5 s, not 1: a first try slowed by a busy machine (the process starting, Npgsql loading) must still leave two
        // waits; with 1 s, one CI run at load 20 gave up after the first try with none.
        Assert.True(lines.Count(l => l.StartsWith($"parley worker: Waiting for the database postgres://parley@127.0.0.1:{port}/parley: Cannot reach", StringComparison.Ordinal)) >= 2, run.Error);
        Assert.StartsWith($"parley: Gave up waiting for the database postgres://parley@127.0.0.1:{port}/parley after 5 s.", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("hush", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_names_a_NATS_server_it_cannot_reach_and_exits_with_3()
    {
        var port = ServerProcess.FreePort();

        var run = CliRun.Of("submit", Examples, "--nats", $"nats://127.0.0.1:{port}");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"Cannot reach the NATS server at nats://127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
    }
}
