namespace Parley.Queue;

/// <summary>An article the workers gave up on: its id and origin (when the message could be read), why, and after how many deliveries.</summary>
public sealed record DeadLetter(string? ArticleId, string? Origin, string Reason, long Deliveries, DateTimeOffset At);
