namespace Parley.Storage;

/// <summary>A failure as the store holds it: which article (and where it was read), the stage, the message and when it was stored.</summary>
public sealed record RecordedFailure(string? ArticleId, string Origin, string Stage, string Message, DateTimeOffset FailedAt);
