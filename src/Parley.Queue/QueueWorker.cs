using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Parley.Engine;
using Parley.Ingest;
using Parley.Storage;
using Parley.Text;

namespace Parley.Queue;

/// <summary>
/// Pulls articles from the <see cref="WorkQueue"/>, codes them with the engine, stores each batch in one transaction,
/// and only then acknowledges its messages, so an article is never acknowledged before it is stored. A worker holds
/// no state of its own: any number may run against the same queue and store, and one that dies loses nothing (the
/// server hands its unacknowledged messages to the others; storing an article again replaces it).
/// </summary>
/// <remarks>
/// <para>An article whose coding fails is handed back to be tried again after <see cref="WorkerOptions.RetryDelay"/>
/// (doubling each time); after <see cref="WorkerOptions.MaxDeliveries"/> tries it is stored as a failure and put in the
/// dead letters with the reason. While the store cannot be reached the worker keeps its batch, tells the server it is
/// still working on it, and tries again with growing waits: an outage costs time, never articles or tries.</para>
/// <para>A message delivered again (its worker died, or its coding failed before) is coded on its own, so an article that
/// crashes the worker takes down only itself; once it has been delivered more than <see cref="WorkerOptions.MaxDeliveries"/>
/// times it is dead-lettered without being coded again.</para>
/// </remarks>
public sealed class QueueWorker
{
    /// <summary>The stage a failure is recorded under when the worker gave up on an article that never finished coding.</summary>
    public const string QueueStage = "queue";

    private static readonly TimeSpan FirstStoreRetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one pull waits for an article to arrive when none is waiting (the server takes no less than 1 s).</summary>
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(2);

    /// <summary>How soon a draining worker looks again when nothing is waiting but other workers still hold articles.</summary>
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(250);

    private readonly WorkQueue queue;
    private readonly ParleyEngine engine;
    private readonly IEventStore store;
    private readonly WorkerOptions options;
    private readonly ILogger logger;
    private long stored;
    private long events;
    private long retried;
    private long deadLettered;
    private long pullingTicks;
    private long codingTicks;
    private long storingTicks;
    private long acknowledgingTicks;

    public QueueWorker(WorkQueue queue, ParleyEngine engine, IEventStore store, WorkerOptions? options = null, ILogger<QueueWorker>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        this.queue = queue;
        this.engine = engine;
        this.store = store;
        this.options = options ?? new WorkerOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.BatchSize, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(this.options.MaxDeliveries, nameof(options));
        this.logger = logger ?? NullLogger<QueueWorker>.Instance;
    }

    /// <summary>What this worker has done so far (safe to read while it runs).</summary>
    public WorkerTotals Totals => new(Interlocked.Read(ref stored), Interlocked.Read(ref events), Interlocked.Read(ref retried), Interlocked.Read(ref deadLettered));

    /// <summary>Where this worker's time has gone so far (safe to read while it runs).</summary>
    public WorkerTimes Times => new(Elapsed(ref pullingTicks), Elapsed(ref codingTicks), Elapsed(ref storingTicks), Elapsed(ref acknowledgingTicks));

    /// <summary>
    /// Works until <paramref name="cancellationToken"/> is cancelled or, with <see cref="WorkerOptions.Drain"/>, until the
    /// queue has nothing pending or in flight. Messages in hand when it is cancelled are handed back at once.
    /// </summary>
    /// <exception cref="OperationCanceledException">It was cancelled.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var wait = FirstStoreRetryDelay;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<INatsJSMsg<byte[]>> batch;
            var pulling = Stopwatch.GetTimestamp();
            try
            {
                batch = await FetchAsync(cancellationToken);
                if (batch.Count == 0 && options.Drain)
                {
                    if (await IsDrainedAsync(cancellationToken))
                    {
                        return;
                    }
                    // What is left is in other workers' hands (or comes back from them): look again soon, so that the
                    // last worker to finish is not followed by the others' waits.
                    await Task.Delay(DrainPoll, cancellationToken);
                }
                wait = FirstStoreRetryDelay;
            }
            catch (NatsException e)
            {
                // The server is restarting or unreachable: the connection comes back by itself.
                logger.LogWarning("Cannot pull from the queue at {Url} ({Reason}); trying again in {Wait:0.#} s.", queue.Url, e.Message, wait.TotalSeconds);
                await Task.Delay(wait, cancellationToken);
                wait = Grow(wait);
                continue;
            }
            finally
            {
                AddSince(ref pullingTicks, pulling);
            }
            if (batch.Count > 0)
            {
                await HandleAsync(batch, cancellationToken);
            }
        }
    }

    private async Task<List<INatsJSMsg<byte[]>>> FetchAsync(CancellationToken cancellationToken)
    {
        var batch = await FetchWaitingAsync(options.BatchSize, cancellationToken);
        // A draining worker that finds nothing waiting does not wait for articles (none are coming): it checks whether
        // the queue is empty and stops at once; the 2 s wait it had was the whole run's tail.
        if (batch.Count == 0 && !options.Drain)
        {
            // Nothing waiting: wait a little for the next article, then take what else has come with it.
            var next = await queue.ArticleConsumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = IdlePoll }, cancellationToken: cancellationToken);
            if (next is not null)
            {
                batch.Add(next);
                batch.AddRange(await FetchWaitingAsync(options.BatchSize - 1, cancellationToken));
            }
        }
        return batch;
    }

    private async Task<List<INatsJSMsg<byte[]>>> FetchWaitingAsync(int count, CancellationToken cancellationToken)
    {
        var batch = new List<INatsJSMsg<byte[]>>(count);
        if (count > 0)
        {
            await foreach (var message in queue.ArticleConsumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = count }, cancellationToken: cancellationToken))
            {
                batch.Add(message);
            }
        }
        return batch;
    }

    private async Task<bool> IsDrainedAsync(CancellationToken cancellationToken)
    {
        await queue.ArticleConsumer.RefreshAsync(cancellationToken);
        return queue.ArticleConsumer.Info.NumPending == 0 && queue.ArticleConsumer.Info.NumAckPending == 0;
    }

    private async Task HandleAsync(List<INatsJSMsg<byte[]>> batch, CancellationToken cancellationToken)
    {
        await using var held = new HeldMessages(batch, queue.AckWait, logger);
        try
        {
            // First deliveries together; each redelivered message on its own, so that one that crashed a worker
            // before cannot take a batch of others down with it again.
            var fresh = batch.Where(m => Deliveries(m) <= 1).ToList();
            if (fresh.Count > 0)
            {
                await HandleGroupAsync(fresh, held, cancellationToken);
            }
            foreach (var again in batch.Where(m => Deliveries(m) > 1))
            {
                await HandleGroupAsync([again], held, cancellationToken);
            }
        }
        finally
        {
            // Cancelled mid-batch: hand back what is not finished so that another worker takes it now, not after the ack wait.
            foreach (var message in held.Unfinished)
            {
                await TryAsync(() => message.NakAsync(cancellationToken: CancellationToken.None), "hand back");
            }
        }
    }

    private async Task HandleGroupAsync(List<INatsJSMsg<byte[]>> group, HeldMessages held, CancellationToken cancellationToken)
    {
        var toStore = new List<Entry>(group.Count);
        var deadOnly = new List<Entry>();
        foreach (var message in group)
        {
            Article article;
            try
            {
                article = ArticleMessage.Decode(message.Data ?? []);
            }
            catch (FormatException e)
            {
                deadOnly.Add(new Entry(message, null, null, e.Message));
                continue;
            }
            var deliveries = Deliveries(message);
            if (deliveries > options.MaxDeliveries)
            {
                var reason = $"delivered {deliveries} times without a worker finishing it: coding it stopped or hung the worker each time";
                toStore.Add(new Entry(message, article, ArticleOutcome.Failed(article, QueueStage, reason), reason));
                continue;
            }
            cancellationToken.ThrowIfCancellationRequested();
            var coding = Stopwatch.GetTimestamp();
            var processed = engine.ProcessInDetail(article);
            AddSince(ref codingTicks, coding);
            if (processed.Outcome.Failure is not { } failure)
            {
                toStore.Add(new Entry(message, article, processed.Outcome, null));
            }
            else if (deliveries < options.MaxDeliveries)
            {
                var delay = options.RetryDelay * Math.Pow(2, deliveries - 1);
                logger.LogWarning("{Origin}: cannot code the article ({Stage}: {Message}); try {Try} of {Tries}, again in {Delay:0.#} s.",
                    article.Origin, failure.Stage, failure.Message, deliveries, options.MaxDeliveries, delay.TotalSeconds);
                await TryAsync(() => message.NakAsync(new AckOpts { NakDelay = delay }, cancellationToken), "hand back for a retry");
                held.Release(message);
                Interlocked.Increment(ref retried);
            }
            else
            {
                toStore.Add(new Entry(message, article, processed.Outcome, $"{failure.Stage}: {failure.Message} (after {deliveries} tries)"));
            }
        }

        var storing = Stopwatch.GetTimestamp();
        deadOnly.AddRange(await StoreAsync(toStore, cancellationToken));
        AddSince(ref storingTicks, storing);
        var acknowledging = Stopwatch.GetTimestamp();
        foreach (var entry in toStore.Concat(deadOnly).Where(e => e.DeadReason is not null))
        {
            await DeadLetterAsync(entry, cancellationToken);
        }
        // All the batch's acknowledgements at once: each waits for the server's confirmation, and one after the other
        // they were a round trip per article with the worker's core idle.
        await Task.WhenAll(toStore.Concat(deadOnly).Select(async entry =>
        {
            await TryAsync(() => entry.Message.AckAsync(new AckOpts { DoubleAck = true }, cancellationToken),
                "acknowledge (it will be delivered and stored again, which replaces it)");
            held.Release(entry.Message);
        }));
        AddSince(ref acknowledgingTicks, acknowledging);
        Interlocked.Add(ref stored, toStore.Count);
        Interlocked.Add(ref events, toStore.Sum(e => (long)e.Outcome!.Events.Count));
        logger.LogDebug("Stored {Articles} articles; {Total} so far.", toStore.Count, Interlocked.Read(ref stored));
    }

    /// <summary>
    /// Stores the entries in one transaction, waiting out an unreachable store. When the database rejects the batch
    /// itself (a value it cannot hold), each article is stored on its own and the ones it rejects are returned, taken
    /// out of <paramref name="entries"/>, to be dead-lettered.
    /// </summary>
    private async Task<List<Entry>> StoreAsync(List<Entry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return [];
        }
        try
        {
            await StoreWaitingOutOutagesAsync([.. entries.Select(e => e.Outcome!)], cancellationToken);
            return [];
        }
        catch (Exception e) when (e is not (EventStoreException or OperationCanceledException) && entries.Count > 1)
        {
            logger.LogWarning("The store rejected a batch of {Count} articles ({Reason}); storing them one by one.", entries.Count, e.Message);
        }
        catch (Exception e) when (e is not (EventStoreException or OperationCanceledException))
        {
            entries[0] = entries[0] with { DeadReason = $"cannot be stored: {e.Message}" };
            var rejected = entries[0];
            entries.Clear();
            return [rejected];
        }
        var rejectedAlone = new List<Entry>();
        foreach (var entry in entries.ToList())
        {
            try
            {
                await StoreWaitingOutOutagesAsync([entry.Outcome!], cancellationToken);
            }
            catch (Exception e) when (e is not (EventStoreException or OperationCanceledException))
            {
                entries.Remove(entry);
                rejectedAlone.Add(entry with { DeadReason = $"cannot be stored: {e.Message}" });
            }
        }
        return rejectedAlone;
    }

    private Task StoreWaitingOutOutagesAsync(IReadOnlyList<ArticleOutcome> outcomes, CancellationToken cancellationToken) =>
        OutageBackoff.RetryAsync<bool, EventStoreException>(
            async token =>
            {
                await store.StoreAsync(outcomes, token);
                return true;
            },
            (e, wait) => logger.LogWarning("Cannot store a batch of {Count} articles ({Reason}); holding it and trying again in {Wait:0.#} s.", outcomes.Count, e.Message, wait.TotalSeconds),
            cancellationToken);

    /// <summary>Publishes the dead letter, waiting out an unreachable server: the message is acknowledged only after.</summary>
    private async Task DeadLetterAsync(Entry entry, CancellationToken cancellationToken)
    {
        await OutageBackoff.RetryAsync<bool, NatsException>(
            async token =>
            {
                await queue.PublishDeadLetterAsync(entry.Message, entry.Article, entry.DeadReason!, token);
                return true;
            },
            (e, wait) => logger.LogWarning("Cannot publish a dead letter ({Reason}); trying again in {Wait:0.#} s.", e.Message, wait.TotalSeconds),
            cancellationToken);
        Interlocked.Increment(ref deadLettered);
        logger.LogWarning("{Origin}: given up and put in the dead letters: {Reason}", entry.Article?.Origin ?? "an unreadable message", entry.DeadReason);
    }

    private async Task TryAsync(Func<ValueTask> send, string what)
    {
        try
        {
            await send();
        }
        catch (NatsException e)
        {
            logger.LogWarning("Could not {What}: {Reason}", what, e.Message);
        }
    }

    private static void AddSince(ref long ticks, long start) => Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - start);

    private static TimeSpan Elapsed(ref long ticks) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref ticks));

    private TimeSpan Grow(TimeSpan wait) => TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, options.MaxStoreRetryDelay.Ticks));

    /// <summary>The waits between tries at a store or a queue server that is away: the pull loop's, as <see cref="Grow"/> makes them.</summary>
    private Backoff OutageBackoff => new(FirstStoreRetryDelay, options.MaxStoreRetryDelay);

    private static long Deliveries(INatsJSMsg<byte[]> message) => (long)(message.Metadata?.NumDelivered ?? 1);

    /// <summary>One message and what became of it: its article (null when unreadable), the outcome to store (null when none), and why it is dead-lettered (null when it is not).</summary>
    private sealed record Entry(INatsJSMsg<byte[]> Message, Article? Article, ArticleOutcome? Outcome, string? DeadReason);
}
