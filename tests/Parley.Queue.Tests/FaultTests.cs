using Parley.Storage;
using Parley.Storage.Postgres;
using Parley.Testing.Servers;

namespace Parley.Queue.Tests;

/// <summary>
/// The queue against real servers (nats-server -js and PostgreSQL, started by the tests on loopback) and real
/// faults: a worker killed mid-batch, nats-server restarted mid-run, either server down when a worker starts,
/// PostgreSQL refusing connections for a while, and poison articles. Each ends by checking the store against what was
/// submitted: every article once, exactly the events it codes into, nothing lost and nothing duplicated. No step waits
/// on a clock for its result: waits are for lines the workers print or for the queue to drain, bounded only as hang
/// guards.
/// </summary>
public sealed class FaultTests
{
    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task A_worker_killed_mid_batch_loses_nothing_and_duplicates_nothing()
    {
        var corpus = FaultCorpus.Make("kill", 120);
        await using var nats = await NatsServer.StartNewAsync();
        var (server, database) = await NewDatabaseAsync();
        await corpus.SubmitAsync(nats.Url);

        await using var doomed = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        await doomed.WaitForLineAsync(line => line.StartsWith("Debug: Stored", StringComparison.Ordinal));
        // It stored a batch and went straight on to the next: it dies holding it.
        await doomed.KillAsync();
        await using var survivor = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        await survivor.AssertExitsCleanlyAsync();

        await AssertDoneAsync(nats.Url, database, corpus);
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task Restarting_nats_server_mid_run_loses_nothing_and_duplicates_nothing()
    {
        var corpus = FaultCorpus.Make("restart", 120);
        await using var nats = await NatsServer.StartNewAsync();
        var (_, database) = await NewDatabaseAsync();
        await corpus.SubmitAsync(nats.Url);

        await using var first = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        await using var second = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        await first.WaitForLineAsync(line => line.StartsWith("Debug: Stored", StringComparison.Ordinal));
        // Killed as a crash would: whatever acknowledgements were on the wire are lost. The second worker may be
        // anywhere by then, mid-batch or (on a busy machine) still loading its models and not yet connected: it
        // must outlive the restart either way.
        await nats.StopAsync(kill: true);
        await nats.StartAsync();
        await first.AssertExitsCleanlyAsync();
        await second.AssertExitsCleanlyAsync();

        await AssertDoneAsync(nats.Url, database, corpus);
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task A_worker_started_while_nats_server_is_down_waits_for_it_and_then_drains_the_queue()
    {
        // The restart test's second worker may still be loading its models when the server is killed, and then
        // connects for the first time while the server is away: this is that case on its own, without the race.
        var corpus = FaultCorpus.Make("late", 30);
        await using var nats = await NatsServer.StartNewAsync();
        var (_, database) = await NewDatabaseAsync();
        await corpus.SubmitAsync(nats.Url);
        await nats.StopAsync(kill: true);

        await using var worker = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        // Refused more than once: it is waiting for the server, not failing slowly.
        await worker.WaitForLineAsync(_ => worker.Lines.Count(IsConnectRetry) >= 2);
        await nats.StartAsync();
        await worker.AssertExitsCleanlyAsync();

        await AssertDoneAsync(nats.Url, database, corpus);

        static bool IsConnectRetry(string line) => line.Contains("Cannot connect to the work queue", StringComparison.Ordinal);
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task A_worker_started_while_PostgreSQL_is_down_waits_for_it_and_then_drains_the_queue()
    {
        // A supervisor may start workers before their database server, or while it restarts: the worker must wait for
        // it rather than end (or crash) with the queue full.
        var corpus = FaultCorpus.Make("dbdown", 30);
        await using var nats = await NatsServer.StartNewAsync();
        // A server of this test's own, since it is stopped. The database is not made beforehand: the worker makes it.
        await using var postgres = await PostgresServer.StartNewAsync();
        var database = postgres.Uri("parley");
        await corpus.SubmitAsync(nats.Url);
        await postgres.StopAsync();

        await using var worker = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        // Refused more than once: it is waiting for the server, not failing slowly.
        await worker.WaitForLineAsync(_ => worker.Lines.Count(IsStoreWait) >= 2);
        await postgres.StartAsync();
        await worker.AssertExitsCleanlyAsync();

        Assert.Contains(worker.Lines, line => IsStoreWait(line) && line.Contains(database, StringComparison.Ordinal));
        await AssertDoneAsync(nats.Url, database, corpus);

        static bool IsStoreWait(string line) => line.Contains("Waiting for the database", StringComparison.Ordinal);
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public Task While_PostgreSQL_refuses_connections_workers_hold_their_batches_and_acknowledge_nothing() =>
        AssertOutageCostsNothingAsync("outage", crash: false);

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public Task A_PostgreSQL_server_that_crashes_mid_run_costs_the_worker_time_and_no_articles() =>
        // Every server process ended at once, mid-statement, and recovery from the log on restart: the errors the
        // worker sees differ (lost streams, "not yet accepting connections"), and each must read as an outage to wait
        // out, not as a batch the store rejects (which would dead-letter its articles).
        AssertOutageCostsNothingAsync("crash", crash: true);

    private static async Task AssertOutageCostsNothingAsync(string prefix, bool crash)
    {
        var corpus = FaultCorpus.Make(prefix, 120);
        await using var nats = await NatsServer.StartNewAsync();
        // A server of this test's own, since it is stopped.
        await using var postgres = await PostgresServer.StartNewAsync();
        var database = postgres.Uri("parley");
        await (await PostgresEventStore.OpenAsync(database)).DisposeAsync();
        await corpus.SubmitAsync(nats.Url);
        await using var queue = await WorkQueue.ConnectAsync(nats.Url, FaultTimes.AckWait);

        await using var worker = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait);
        await worker.WaitForLineAsync(line => line.StartsWith("Debug: Stored", StringComparison.Ordinal));
        await postgres.StopAsync(crash);
        var storedBefore = worker.Lines.Count(line => line.StartsWith("Debug: Stored", StringComparison.Ordinal));
        await worker.WaitForLineAsync(line => line.Contains("Cannot store a batch", StringComparison.Ordinal));
        var doneWhileDown = (await queue.StatusAsync()).Done;
        // Let it back off a few times against the refusing server.
        await worker.WaitForLineAsync(line => worker.Lines.Count(l => l.Contains("Cannot store a batch", StringComparison.Ordinal)) >= 3);
        var doneStillDown = (await queue.StatusAsync()).Done;
        await postgres.StartAsync();
        await worker.AssertExitsCleanlyAsync();

        // Nothing was acknowledged while nothing could be stored: every acknowledged article had been stored before.
        Assert.Equal(doneWhileDown, doneStillDown);
        Assert.True(doneWhileDown <= storedBefore * 10, $"{doneWhileDown} articles acknowledged, but only {storedBefore} batches of 10 were stored before the outage");
        await AssertDoneAsync(nats.Url, database, corpus);
    }

    [ServerFact(LocalServers.Nats, LocalServers.Postgres)]
    public async Task Poison_articles_end_in_the_dead_letters_with_their_reasons_and_do_not_stop_the_queue()
    {
        var corpus = FaultCorpus.Make("poison", 40, WorkerProcess.PoisonThrows, WorkerProcess.PoisonCrashes);
        await using var nats = await NatsServer.StartNewAsync();
        var (_, database) = await NewDatabaseAsync();
        await corpus.SubmitAsync(nats.Url);

        // The crashing article takes its worker down each time it is coded; a supervisor starts another, as
        // systemd or Kubernetes would, until the queue is drained.
        var starts = 0;
        while (true)
        {
            Assert.True(++starts <= 10, "Hang guard: the workers kept crashing");
            await using var worker = WorkerProcess.Start(nats.Url, database, FaultTimes.AckWait, tries: 3);
            if (await worker.WaitForExitAsync() == 0)
            {
                break;
            }
        }

        await using var queue = await WorkQueue.ConnectAsync(nats.Url, FaultTimes.AckWait);
        var status = await queue.StatusAsync();
        Assert.Equal(new QueueStatus(42, 0, 0, 40, 2), status);
        var letters = (await queue.ReadDeadLettersAsync()).OrderBy(l => l.ArticleId, StringComparer.Ordinal).ToList();
        Assert.Equal(["poison-poison-0", "poison-poison-1"], letters.Select(l => l.ArticleId));
        Assert.Contains("The test's poison article breaks the coder", letters[0].Reason, StringComparison.Ordinal);
        Assert.Contains("after 3 tries", letters[0].Reason, StringComparison.Ordinal);
        Assert.Contains("without a worker finishing it", letters[1].Reason, StringComparison.Ordinal);
        Assert.Equal(4, letters[1].Deliveries);

        await using var store = await PostgresEventStore.OpenAsync(database);
        var failures = (await store.ListFailuresAsync()).OrderBy(f => f.ArticleId, StringComparer.Ordinal).ToList();
        Assert.Equal(["poison-poison-0", "poison-poison-1"], failures.Select(f => f.ArticleId));
        Assert.Equal([Engine.ParleyEngine.CodeStage, QueueWorker.QueueStage], failures.Select(f => f.Stage));
        Assert.Equal(42L, await store.CountArticlesAsync());
        await corpus.AssertStoredExactlyAsync(store);
    }

    private static async Task<(PostgresServer Server, string Database)> NewDatabaseAsync()
    {
        var server = await PostgresServer.SharedAsync();
        return (server, server.Uri(PostgresServer.NewDatabaseName("queue")));
    }

    private static async Task AssertDoneAsync(string natsUrl, string database, FaultCorpus corpus)
    {
        var count = corpus.Articles.Count;
        await using (var store = await PostgresEventStore.OpenAsync(database))
        {
            Assert.Empty(await store.ListFailuresAsync());
            Assert.Equal(count, await store.CountArticlesAsync());
            await corpus.AssertStoredExactlyAsync(store);
        }
        await using var queue = await WorkQueue.ConnectAsync(natsUrl, FaultTimes.AckWait);
        Assert.Equal(new QueueStatus(count, 0, 0, count, 0), await queue.StatusAsync());
    }
}
