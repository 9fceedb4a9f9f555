namespace Parley.Queue;

/// <summary>How a <see cref="QueueWorker"/> works.</summary>
public sealed record WorkerOptions
{
    /// <summary>Articles pulled, coded and stored together (one store transaction, then one acknowledgement each).</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// Deliveries of an article before it is given up on: an article whose coding fails is tried this many times (with
    /// <see cref="RetryDelay"/> doubling between tries) before it goes to the dead letters and the store's failures; one
    /// that was delivered more often without ever being finished (it crashed or hung the worker) goes there uncoded.
    /// </summary>
    public int MaxDeliveries { get; init; } = 5;

    /// <summary>The wait before an article whose coding failed is tried again; it doubles with each try.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between tries to store a batch while the store is unreachable.</summary>
    public TimeSpan MaxStoreRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Stop when the queue has nothing pending and nothing in flight (a backfill job), instead of waiting for more.</summary>
    public bool Drain { get; init; }
}
