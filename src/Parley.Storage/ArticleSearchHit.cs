namespace Parley.Storage;

/// <summary>An article found by full-text search, with a short excerpt in which the matched words are wrapped in <c>[</c> and <c>]</c>.</summary>
public sealed record ArticleSearchHit(string ArticleId, string? Title, DateOnly? Date, string Snippet);
