using Parley.Coding;
using Parley.Ingest;

namespace Parley.Storage;

/// <summary>
/// What coding one article produced: its events, or the failure that stopped it (never both). Every
/// event must belong to the article (<see cref="EventRecord.ArticleId"/> equals <see cref="Article.Id"/>).
/// </summary>
public sealed record ArticleOutcome
{
    /// <summary>Use <see cref="Coded"/> or <see cref="Failed"/>.</summary>
    public ArticleOutcome(Article article, IReadOnlyList<EventRecord> events, ArticleFailure? failure)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(events);
        if (failure is not null && events.Count > 0)
        {
            throw new ArgumentException($"Article '{article.Id}' has both events and a failure; a failed article has no events.", nameof(failure));
        }
        foreach (var record in events)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(events));
            if (record.ArticleId != article.Id)
            {
                throw new ArgumentException($"Event '{record.EventId}' belongs to article '{record.ArticleId}', not to '{article.Id}'.", nameof(events));
            }
        }
        Article = article;
        Events = events;
        Failure = failure;
    }

    public Article Article { get; }

    /// <summary>The events coded from the article; empty when it failed or had none.</summary>
    public IReadOnlyList<EventRecord> Events { get; }

    /// <summary>Why the article could not be coded, or null when it was.</summary>
    public ArticleFailure? Failure { get; }

    /// <summary>An article coded into these events (possibly none).</summary>
    public static ArticleOutcome Coded(Article article, IReadOnlyList<EventRecord> events) => new(article, events, null);

    /// <summary>An article that failed at <paramref name="stage"/> (e.g. <c>parse</c>, <c>code</c>) for the reason in <paramref name="message"/>.</summary>
    public static ArticleOutcome Failed(Article article, string stage, string message) => new(article, [], new ArticleFailure(stage, message));
}
