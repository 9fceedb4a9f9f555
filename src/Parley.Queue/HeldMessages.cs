using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Parley.Queue;

/// <summary>
/// The messages a worker holds and has not yet acknowledged or handed back. While it holds them it tells the server,
/// well within the ack wait, that it is still working on them, so that a long batch or a store outage does not get
/// them redelivered to another worker (and counted as another try).
/// </summary>
internal sealed class HeldMessages : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ulong, INatsJSMsg<byte[]>> held = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task reminding;

    public HeldMessages(IEnumerable<INatsJSMsg<byte[]>> messages, TimeSpan ackWait, ILogger logger)
    {
        foreach (var message in messages)
        {
            held[message.Metadata?.Sequence.Stream ?? 0] = message;
        }
        var interval = TimeSpan.FromTicks(Math.Max(ackWait.Ticks / 3, TimeSpan.FromMilliseconds(100).Ticks));
        reminding = RemindAsync(interval, logger);
    }

    /// <summary>The messages neither acknowledged nor handed back yet.</summary>
    public IReadOnlyCollection<INatsJSMsg<byte[]>> Unfinished => [.. held.Values];

    /// <summary>The message is acknowledged or handed back: no more reminders for it.</summary>
    public void Release(INatsJSMsg<byte[]> message) => held.TryRemove(message.Metadata?.Sequence.Stream ?? 0, out _);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await reminding;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private async Task RemindAsync(TimeSpan interval, ILogger logger)
    {
        while (true)
        {
            await Task.Delay(interval, stop.Token);
            foreach (var message in held.Values)
            {
                try
                {
                    await message.AckProgressAsync(cancellationToken: stop.Token);
                }
                catch (NatsException e)
                {
                    // The server is away; if it stays away past the ack wait the message is simply delivered again.
                    logger.LogDebug("Could not say a message is still in progress: {Reason}", e.Message);
                }
            }
        }
    }
}
