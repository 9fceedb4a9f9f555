namespace Parley.Server.Api;

/// <summary>The reply to <c>POST /v1/articles</c>: each article in the order posted, the events in all, and what ingest warned about.</summary>
internal sealed record PostedArticles(IReadOnlyList<PostedArticle> Articles, int EventCount, IReadOnlyList<string> Warnings);
