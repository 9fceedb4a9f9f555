using Parley.Coding;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>One posted article as stored: its id, and its events or the failure that stopped its coding.</summary>
internal sealed record PostedArticle(string Id, IReadOnlyList<EventRecord> Events, ArticleFailure? Failure);
