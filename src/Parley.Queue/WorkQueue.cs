using System.Globalization;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Queue;

/// <summary>
/// Parley's work queue on a NATS JetStream server: a work-queue stream of articles (each message id is the
/// article's id, so the server drops a resubmission within <see cref="DuplicateWindow"/>), one durable pull
/// consumer shared by every worker (each message goes to one worker at a time and stays until acknowledged), and a
/// stream of dead letters. <see cref="ConnectAsync"/> makes what is missing, so submitters and workers may start in
/// any order.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    /// <summary>The stream of articles waiting to be coded.</summary>
    public const string Stream = "PARLEY_ARTICLES";

    /// <summary>The subject articles are published on.</summary>
    public const string Subject = "parley.articles";

    /// <summary>The durable consumer every worker pulls from.</summary>
    public const string Consumer = "parley-workers";

    /// <summary>The stream that keeps dead letters.</summary>
    public const string DeadLetterStream = "PARLEY_DEAD";

    /// <summary>The subject dead letters are published on: the article message as it was, with headers saying why.</summary>
    public const string DeadLetterSubject = "parley.dead";

    /// <summary>Dead-letter header: why the article was given up on.</summary>
    public const string ReasonHeader = "Parley-Reason";

    /// <summary>Dead-letter header: the article's id, when the message could be read.</summary>
    public const string ArticleIdHeader = "Parley-Article-Id";

    /// <summary>Dead-letter header: the article's origin, when the message could be read.</summary>
    public const string OriginHeader = "Parley-Origin";

    /// <summary>Dead-letter header: how many times the message had been delivered.</summary>
    public const string DeliveriesHeader = "Parley-Deliveries";

    /// <summary>How long the server remembers a message id: an article submitted again within it is not queued twice.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(24);

    /// <summary>The first wait between tries to connect (and to reconnect); it doubles up to <see cref="MaxConnectRetryDelay"/>.</summary>
    private static readonly TimeSpan FirstConnectRetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between tries to connect: a server that comes back is found within it.</summary>
    private static readonly TimeSpan MaxConnectRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>The waits between tries to connect when the server is not there yet: the same as between tries to reconnect.</summary>
    private static readonly Backoff ConnectWaits = new(FirstConnectRetryDelay, MaxConnectRetryDelay);

    private readonly NatsConnection connection;

    private WorkQueue(string url, NatsConnection connection, NatsJSContext jetStream, INatsJSConsumer consumer)
    {
        Url = url;
        this.connection = connection;
        JetStream = jetStream;
        ArticleConsumer = consumer;
    }

    /// <summary>The server's URL.</summary>
    public string Url { get; }

    /// <summary>How long a worker may hold a message without acknowledging it (or saying it is still working on it) before the server gives it to another.</summary>
    public TimeSpan AckWait => ArticleConsumer.Info.Config.AckWait;

    internal NatsJSContext JetStream { get; }

    internal INatsJSConsumer ArticleConsumer { get; }

    /// <summary>
    /// Connects to the NATS server at <paramref name="url"/> and makes the streams and the consumer when they are
    /// missing. <paramref name="ackWait"/>, when given, sets how long a worker may hold a message before it is
    /// redelivered (default one minute; workers say "still working" well before it runs out).
    /// </summary>
    /// <exception cref="WorkQueueException">The server cannot be reached or has no JetStream.</exception>
    public static async Task<WorkQueue> ConnectAsync(string url, TimeSpan? ackWait = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var connection = new NatsConnection(new NatsOpts
        {
            Url = url,
            Name = "parley",
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Once connected, a connection that drops is re-established for as long as it takes: a worker outlives a server restart.
            MaxReconnectRetry = -1,
            ReconnectWaitMin = FirstConnectRetryDelay,
            ReconnectWaitMax = MaxConnectRetryDelay,
            RequestTimeout = TimeSpan.FromSeconds(10),
        });
        try
        {
            await connection.ConnectAsync();
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync();
            throw new WorkQueueException(url, $"Cannot reach the NATS server at {url}; check that it is running (nats-server -js) and accepts connections. ({e.Message})", e);
        }
        try
        {
            var jetStream = new NatsJSContext(connection);
            await jetStream.CreateOrUpdateStreamAsync(new StreamConfig(Stream, [Subject])
            {
                Retention = StreamConfigRetention.Workqueue,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = DuplicateWindow,
            }, cancellationToken);
            await jetStream.CreateOrUpdateStreamAsync(new StreamConfig(DeadLetterStream, [DeadLetterSubject])
            {
                Retention = StreamConfigRetention.Limits,
                Storage = StreamConfigStorage.File,
                // A message that is dead-lettered twice (a worker died between publishing and acknowledging) is kept once.
                DuplicateWindow = DuplicateWindow,
            }, cancellationToken);
            var consumer = await EnsureConsumerAsync(jetStream, ackWait, cancellationToken);
            return new WorkQueue(url, connection, jetStream, consumer);
        }
        catch (NatsNoRespondersException e)
        {
            await connection.DisposeAsync();
            throw new WorkQueueException(url, $"The NATS server at {url} does not run JetStream; start it with -js (nats-server -js).", e);
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync();
            throw new WorkQueueException(url, $"The NATS server at {url} refused to set up Parley's queue: {e.Message}", e);
        }
    }

    /// <summary>
    /// Connects as <see cref="ConnectAsync"/> does, but waits out a server that is not there yet: one that cannot be
    /// reached, or that refuses to set up the queue while it starts (JetStream recovering its streams), is tried again
    /// with growing waits (up to 2 s, as a dropped connection is) until it answers or <paramref name="cancellationToken"/>
    /// is cancelled; each refusal is logged as a warning with its reason. For workers, which a supervisor may start
    /// before the server or while it restarts: a worker that gave up there would end, and with it the run, over an outage
    /// it would have outlived had it connected a moment sooner.
    /// </summary>
    /// <exception cref="OperationCanceledException">It was cancelled before it could connect.</exception>
    public static async Task<WorkQueue> ConnectWaitingAsync(string url, TimeSpan? ackWait, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return await ConnectWaits.RetryAsync<WorkQueue, WorkQueueException>(
            token => ConnectAsync(url, ackWait, token),
            (e, wait) => logger.LogWarning("Cannot connect to the work queue ({Reason}); trying again in {Wait:0.#} s.", e.Message, wait.TotalSeconds),
            cancellationToken);
    }

    /// <summary>The workers' consumer: made when missing; its ack wait changed only when <paramref name="ackWait"/> is given and differs.</summary>
    private static async Task<INatsJSConsumer> EnsureConsumerAsync(NatsJSContext jetStream, TimeSpan? ackWait, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await jetStream.GetConsumerAsync(Stream, Consumer, cancellationToken);
            if (ackWait is null || existing.Info.Config.AckWait == ackWait)
            {
                return existing;
            }
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // Not made yet.
        }
        return await jetStream.CreateOrUpdateConsumerAsync(Stream, new ConsumerConfig(Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait ?? TimeSpan.FromMinutes(1),
            // Workers count deliveries themselves and dead-letter an article with its reason; the server never drops one.
            MaxDeliver = -1,
            MaxAckPending = 20_000,
        }, cancellationToken);
    }

    /// <summary>Queues <paramref name="article"/> for the workers, unless it was queued within <see cref="DuplicateWindow"/> or is too large for one message.</summary>
    /// <exception cref="WorkQueueException">The server cannot be reached or refused the message.</exception>
    public async Task<SubmitResult> SubmitAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var message = ArticleMessage.Encode(article);
        if (connection.ServerInfo is { } info && message.Length > info.MaxPayload)
        {
            return SubmitResult.TooLarge;
        }
        try
        {
            var ack = await JetStream.PublishAsync(Subject, message, opts: new NatsJSPubOpts { MsgId = article.Id }, cancellationToken: cancellationToken);
            // Checked first: EnsureSuccess counts a duplicate as a failure.
            if (ack.Duplicate)
            {
                return SubmitResult.Duplicate;
            }
            ack.EnsureSuccess();
            return SubmitResult.Queued;
        }
        catch (NatsException e)
        {
            throw new WorkQueueException(Url, $"The NATS server at {Url} did not take article {article.Id}: {e.Message}", e);
        }
    }

    /// <summary>The queue's counts now.</summary>
    /// <exception cref="WorkQueueException">The server cannot be reached.</exception>
    public async Task<QueueStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var articles = await JetStream.GetStreamAsync(Stream, cancellationToken: cancellationToken);
            var dead = await JetStream.GetStreamAsync(DeadLetterStream, cancellationToken: cancellationToken);
            await ArticleConsumer.RefreshAsync(cancellationToken);
            var submitted = (long)articles.Info.State.LastSeq;
            var pending = (long)ArticleConsumer.Info.NumPending;
            var inFlight = ArticleConsumer.Info.NumAckPending;
            var deadLettered = dead.Info.State.Messages;
            // The consumer's account, not the stream's: every message is pending, in flight, or acknowledged (done or
            // dead-lettered). A workers' acknowledgement is sent only after the article is stored; a server that
            // crashes may keep a few acknowledged messages in the stream, but they are still done.
            var done = Math.Max(0, submitted - pending - inFlight - deadLettered);
            return new QueueStatus(submitted, pending, inFlight, done, deadLettered);
        }
        catch (NatsException e)
        {
            throw new WorkQueueException(Url, $"Cannot read the queue's state from the NATS server at {Url}: {e.Message}", e);
        }
    }

    /// <summary>The dead letters, oldest first, at most <paramref name="limit"/>.</summary>
    /// <exception cref="WorkQueueException">The server cannot be reached.</exception>
    public async Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var letters = new List<DeadLetter>();
        try
        {
            var stream = await JetStream.GetStreamAsync(DeadLetterStream, cancellationToken: cancellationToken);
            if (stream.Info.State.Messages == 0)
            {
                return letters;
            }
            // An ordered consumer reads the stream once without leaving anything behind on the server.
            var reader = await JetStream.CreateOrderedConsumerAsync(DeadLetterStream, cancellationToken: cancellationToken);
            var wanted = (int)Math.Min(limit, stream.Info.State.Messages);
            await foreach (var message in reader.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = wanted, Expires = TimeSpan.FromSeconds(5) }, cancellationToken: cancellationToken))
            {
                letters.Add(new DeadLetter(
                    Header(message.Headers, ArticleIdHeader),
                    Header(message.Headers, OriginHeader),
                    Header(message.Headers, ReasonHeader) ?? "",
                    long.TryParse(Header(message.Headers, DeliveriesHeader), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0,
                    message.Metadata?.Timestamp ?? default));
            }
            return letters;
        }
        catch (NatsException e)
        {
            throw new WorkQueueException(Url, $"Cannot read the dead letters from the NATS server at {Url}: {e.Message}", e);
        }
    }

    /// <summary>Puts a message in the dead-letter stream with the reason and the article's id and origin (when known), once per article.</summary>
    internal async Task PublishDeadLetterAsync(INatsJSMsg<byte[]> message, Article? article, string reason, CancellationToken cancellationToken)
    {
        var deliveries = message.Metadata?.NumDelivered ?? 0;
        var headers = new NatsHeaders
        {
            [ReasonHeader] = OneLine(reason),
            [DeliveriesHeader] = deliveries.ToString(CultureInfo.InvariantCulture),
        };
        if (article is not null)
        {
            headers[ArticleIdHeader] = OneLine(article.Id);
            headers[OriginHeader] = OneLine(article.Origin);
        }
        // Keyed by the article, or by the message's place in the stream when it could not be read.
        var id = article?.Id ?? $"unreadable:{message.Metadata?.Sequence.Stream}";
        var ack = await JetStream.PublishAsync(DeadLetterSubject, message.Data ?? [], headers: headers,
            opts: new NatsJSPubOpts { MsgId = id }, cancellationToken: cancellationToken);
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    // Header values are one line.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string? Header(NatsHeaders? headers, string name) =>
        headers is not null && headers.TryGetValue(name, out var value) ? value.ToString() : null;
}
