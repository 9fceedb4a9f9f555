namespace Parley.Queue;

/// <summary>
/// The work queue's counts. <see cref="Submitted"/> = <see cref="Pending"/> + <see cref="InFlight"/> + <see cref="Done"/>
/// + <see cref="DeadLettered"/>, where a resubmission the queue dropped as a duplicate is not counted at all.
/// </summary>
/// <param name="Submitted">Articles the queue took since it was made.</param>
/// <param name="Pending">Waiting for a worker.</param>
/// <param name="InFlight">Given to a worker and not yet acknowledged (being coded, waiting to be stored, or waiting to be retried).</param>
/// <param name="Done">Stored and acknowledged.</param>
/// <param name="DeadLettered">Given up on and put in the dead-letter stream, with the reason.</param>
public sealed record QueueStatus(long Submitted, long Pending, long InFlight, long Done, long DeadLettered);
