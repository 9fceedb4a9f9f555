using System.Globalization;
using Microsoft.Extensions.Logging;
using Parley.Coding;
using Parley.Engine;
using Parley.Queue;
using Parley.Storage;

// Usage: TestWorker <nats url> <database> <models dir> <dictionaries dir> <ack wait s> <tries> <retry after s> <batch>
// A queue worker as 'parley worker' runs it, with the shipped models and dictionaries, except that two kinds of
// poison article break the coder: one whose text holds PoisonThrows makes it throw (a failure the worker retries and
// finally dead-letters), one whose text holds PoisonCrashes ends the process at once (as a crash in native code
// would). It prints every log line of the worker on standard output ("stored …" after each stored group), drains the
// queue and exits, or stops when its standard input closes (the test that started it has gone).

const string PoisonThrows = "POISON-THROWS";
const string PoisonCrashes = "POISON-CRASHES";

var culture = CultureInfo.InvariantCulture;
var (url, database, models, dictionaries) = (args[0], args[1], args[2], args[3]);
var ackWait = TimeSpan.FromSeconds(double.Parse(args[4], culture));
var options = new WorkerOptions
{
    MaxDeliveries = int.Parse(args[5], culture),
    RetryDelay = TimeSpan.FromSeconds(double.Parse(args[6], culture)),
    BatchSize = int.Parse(args[7], culture),
    MaxStoreRetryDelay = TimeSpan.FromSeconds(1),
    Drain = true,
};

using var parentGone = new CancellationTokenSource();
_ = Task.Run(async () =>
{
    await Console.In.ReadToEndAsync();
    await parentGone.CancelAsync();
});

var engine = ParleyEngine.Load(new EngineOptions
{
    ModelsDirectory = models,
    DictionariesDirectory = dictionaries,
    LoadCoder = folder =>
    {
        var real = EventCoder.Load(folder, models);
        return (document, articleId, articleDate) =>
        {
            if (document.Text.Contains(PoisonCrashes, StringComparison.Ordinal))
            {
                Environment.FailFast("The test's poison article crashes the worker.");
            }
            if (document.Text.Contains(PoisonThrows, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The test's poison article breaks the coder.");
            }
            return real.Code(document, articleId, articleDate);
        };
    },
});
var logger = new StandardOutputLogger();
try
{
    // As 'parley worker' does: servers that are away when the worker starts are waited for, the database for as long
    // as the worker's default (the tests' hang guards end a wait that runs on).
    await using var store = await EventStore.OpenWaitingAsync(database, TimeSpan.FromMinutes(5), logger, parentGone.Token);
    await using var queue = await WorkQueue.ConnectWaitingAsync(url, ackWait, logger, parentGone.Token);
    var worker = new QueueWorker(queue, engine, store, options, logger);
    Console.WriteLine("ready");
    await worker.RunAsync(parentGone.Token);
    Console.WriteLine($"drained {worker.Totals.Stored}");
}
catch (OperationCanceledException)
{
}
return 0;

/// <summary>Every log line on standard output, so the test can follow the worker.</summary>
internal sealed class StandardOutputLogger : ILogger<QueueWorker>
{
    private readonly Lock gate = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (gate)
        {
            Console.WriteLine($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
