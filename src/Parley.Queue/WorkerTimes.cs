namespace Parley.Queue;

/// <summary>
/// Where a <see cref="QueueWorker"/>'s time has gone so far, by wall clock: what it waits for is what another worker
/// process can overlap, and only <see cref="Coding"/> needs a core of the worker's own.
/// </summary>
/// <param name="Pulling">Pulling messages from the queue, including waiting for articles to arrive (and the drain checks).</param>
/// <param name="Coding">Decoding and coding the articles.</param>
/// <param name="Storing">Storing each batch in one transaction, including waits while the store is unreachable.</param>
/// <param name="Acknowledging">Acknowledging the stored messages (and handing back or dead-lettering the others).</param>
public sealed record WorkerTimes(TimeSpan Pulling, TimeSpan Coding, TimeSpan Storing, TimeSpan Acknowledging);
