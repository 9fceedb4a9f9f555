namespace Parley.Queue;

/// <summary>What a <see cref="QueueWorker"/> has done so far.</summary>
/// <param name="Stored">Articles stored and acknowledged (coded, or failed for good and recorded as failures).</param>
/// <param name="Events">Events in the stored articles.</param>
/// <param name="Retried">Codings that failed and were handed back to be tried again later.</param>
/// <param name="DeadLettered">Articles given up on and put in the dead letters.</param>
public sealed record WorkerTotals(long Stored, long Events, long Retried, long DeadLettered);
