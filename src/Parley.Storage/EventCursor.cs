using Parley.Coding;

namespace Parley.Storage;

/// <summary>
/// Where a page of events ended: the sort key of its last event in the order of
/// <see cref="IEventStore.QueryEventsAsync"/> (article date, article id, sentence, trigger start, event id).
/// Set it as <see cref="EventQuery.After"/> to read the next page.
/// </summary>
/// <param name="ArticleDate">The event's article date (<c>yyyy-MM-dd</c>), or null when the article is undated.</param>
public sealed record EventCursor(string? ArticleDate, string ArticleId, int SentenceIndex, int TriggerStart, string EventId)
{
    /// <summary>The cursor that continues after <paramref name="last"/>.</summary>
    public static EventCursor After(EventRecord last)
    {
        ArgumentNullException.ThrowIfNull(last);
        return new EventCursor(last.ArticleDate, last.ArticleId, last.SentenceIndex, last.Trigger.Start, last.EventId);
    }
}
