namespace Parley.Queue;

/// <summary>What became of an article handed to <see cref="WorkQueue.SubmitAsync"/>.</summary>
public enum SubmitResult
{
    /// <summary>Stored in the queue for a worker.</summary>
    Queued,

    /// <summary>Already submitted within the queue's duplicate window (<see cref="WorkQueue.DuplicateWindow"/>), so not queued again.</summary>
    Duplicate,

    /// <summary>Larger than the server takes in one message; not queued (code it with <c>parley code</c>, or raise the server's max_payload).</summary>
    TooLarge,
}
