using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Engine;
using Parley.Queue;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley worker --db DATABASE [--nats URL] [--batch N] [--tries N] [--retry-after SECONDS] [--db-wait SECONDS] [--drain] [--models DIR] [--dictionaries DIR]</c>:
/// codes the articles of the work queue and stores them, until stopped (Ctrl-C) or, with <c>--drain</c>, until the
/// queue is empty. Run as many as there are cores and machines.
/// </summary>
public static class WorkerCommand
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(10);

    /// <summary>How long a starting worker waits for its database server by default: long enough for a server to start or recover from a crash.</summary>
    private static readonly TimeSpan DefaultDatabaseWait = TimeSpan.FromMinutes(5);

    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var nats = CommonOptions.Nats();
        var database = CommonOptions.Database("Where coded articles go: a PostgreSQL database (postgres://user@host/db or Host=…), or a SQLite file.");
        database.Required = true;
        var batchSize = new Option<int>("--batch")
        {
            Description = "Articles pulled, coded and stored together in one transaction (default 50).",
            DefaultValueFactory = _ => new WorkerOptions().BatchSize,
        };
        var tries = new Option<int>("--tries")
        {
            Description = "Tries before an article that cannot be coded goes to the dead letters and the store's failures (default 5).",
            DefaultValueFactory = _ => new WorkerOptions().MaxDeliveries,
        };
        var retryAfter = new Option<double>("--retry-after")
        {
            Description = "Seconds before an article that could not be coded is tried again; doubles with each try (default 10).",
            DefaultValueFactory = _ => new WorkerOptions().RetryDelay.TotalSeconds,
        };
        var databaseWait = new Option<double>("--db-wait")
        {
            Description = "Seconds to wait for a database server that is away when the worker starts (not up yet, restarting) before giving up (default 300; 0: do not wait).",
            DefaultValueFactory = _ => DefaultDatabaseWait.TotalSeconds,
        };
        var drain = new Option<bool>("--drain")
        {
            Description = "Stop when the queue has nothing pending or in flight, instead of waiting for more (for a backfill).",
        };
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("worker", "Code the articles of the work queue and store them; run as many as there are cores and machines.");
        foreach (var option in new Option[] { nats, database, batchSize, tries, retryAfter, databaseWait, drain, models, dictionaries })
        {
            command.Options.Add(option);
        }
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var (batch, maxTries, retry, patience) = (parseResult.GetValue(batchSize), parseResult.GetValue(tries), parseResult.GetValue(retryAfter), parseResult.GetValue(databaseWait));
            if (batch < 1 || maxTries < 1 || retry < 0 || double.IsNaN(retry) || !(patience >= 0 && patience <= TimeSpan.MaxValue.TotalSeconds))
            {
                error.WriteLine("parley: --batch and --tries take a count of 1 or more, --retry-after and --db-wait a number of seconds of 0 or more.");
                return Task.FromResult(ExitCodes.UsageError);
            }
            return RunAsync(
                parseResult.GetValue(nats)!,
                parseResult.GetValue(database)!,
                TimeSpan.FromSeconds(patience),
                new WorkerOptions { BatchSize = batch, MaxDeliveries = maxTries, RetryDelay = TimeSpan.FromSeconds(retry), Drain = parseResult.GetValue(drain) },
                parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
                parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
                loadCoder,
                parseResult.InvocationConfiguration,
                cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string url, string database, TimeSpan databaseWait, WorkerOptions options, string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var error = console.Error;
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }
        var logger = new StandardErrorLogger<QueueWorker>(error, "worker");
        IEventStore store;
        try
        {
            // A database server that is away is waited for, as the NATS server is below, but not for ever: a worker
            // that cannot store anything should end, saying why, so that its supervisor or its user sees it.
            store = await EventStore.OpenWaitingAsync(database, databaseWait, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (EventStoreException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        await using (store.ConfigureAwait(false))
        {
            // A server that is away (not started yet, restarting) is waited for, as it is once connected: a worker
            // started beside it by a supervisor must not end over an outage it would otherwise have outlived. Ctrl-C
            // meanwhile ends the run as it ends any other (ParleyCommand).
            var queue = await WorkQueue.ConnectWaitingAsync(url, ackWait: null, logger, cancellationToken).ConfigureAwait(false);
            await using (queue.ConfigureAwait(false))
            {
                var loading = Process.GetCurrentProcess().TotalProcessorTime;
                var worker = new QueueWorker(queue, engine, store, options, logger);
                error.WriteLine($"parley worker: coding articles from {url} into {EventStore.Describe(database)}{(options.Drain ? " until the queue is empty" : "; Ctrl-C stops")}.");
                using var reporting = new CancellationTokenSource();
                var reporter = ReportAsync(worker, error, reporting.Token);
                try
                {
                    await worker.RunAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopped by the user: what it held went back to the queue.
                }
                finally
                {
                    await reporting.CancelAsync().ConfigureAwait(false);
                    await reporter.ConfigureAwait(false);
                }
                var totals = worker.Totals;
                error.WriteLine(Describe(totals, "stopped"));
                error.WriteLine(Describe(worker.Times, Process.GetCurrentProcess().TotalProcessorTime, loading));
                return totals.DeadLettered > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
            }
        }
    }

    private static async Task ReportAsync(QueueWorker worker, TextWriter error, CancellationToken cancellationToken)
    {
        var last = worker.Totals;
        try
        {
            while (true)
            {
                await Task.Delay(ReportEvery, cancellationToken).ConfigureAwait(false);
                var now = worker.Totals;
                if (now != last)
                {
                    error.WriteLine(Describe(now, "so far"));
                    last = now;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// The time split, with the processor time of the whole process (and of its loading, which runs on several threads):
    /// a worker whose processor time after loading is more than its wall time takes cores from the other workers.
    /// </summary>
    private static string Describe(WorkerTimes times, TimeSpan processor, TimeSpan loading) => string.Create(CultureInfo.InvariantCulture,
        $"parley worker: time: {times.Coding.TotalSeconds:0.0} s coding, {times.Storing.TotalSeconds:0.0} s storing, {times.Acknowledging.TotalSeconds:0.0} s acknowledging, {times.Pulling.TotalSeconds:0.0} s pulling from the queue; processor time {processor.TotalSeconds:0.0} s, {loading.TotalSeconds:0.0} s of it loading.");

    private static string Describe(WorkerTotals totals, string when) => string.Create(CultureInfo.InvariantCulture,
        $"parley worker: {when}: {totals.Stored:N0} articles stored ({totals.Events:N0} events), {totals.Retried:N0} codings to try again, {totals.DeadLettered:N0} dead-lettered.");
}
