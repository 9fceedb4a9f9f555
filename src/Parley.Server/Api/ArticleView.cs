using Parley.Coding;
using Parley.Engine;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// The reply to <c>GET /v1/articles/{id}</c>: the article, its sentences (character spans; an event's
/// <c>sentence_index</c> indexes them), its events (each with the spans of its actors, trigger, attribution,
/// date and place), and the failure when its coding failed.
/// </summary>
internal sealed record ArticleView(StoredArticle Article, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<EventRecord> Events, ArticleFailure? Failure);
