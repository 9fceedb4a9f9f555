using Parley.Coding;
using Parley.Ingest;

namespace Parley.Storage;

/// <summary>
/// Where coded articles and their events are kept. Every implementation (SQLite, PostgreSQL) passes the
/// same contract tests, so callers can rely on what is documented here and nothing more.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a batch in one transaction: either all of it is committed or none of it is. For each
    /// outcome the article is inserted or updated (keyed by <see cref="Article.Id"/>), the events and
    /// failures stored for it before are removed, and the outcome's events or failure take their place,
    /// so storing the same article again gives the same database (idempotent runs). Events are keyed by
    /// <see cref="EventRecord.EventId"/>: an event id that is already stored is overwritten.
    /// </summary>
    /// <exception cref="ArgumentException">An outcome is malformed (see <see cref="ArticleOutcome"/>); nothing is stored.</exception>
    Task StoreAsync(IReadOnlyList<ArticleOutcome> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events that match every filter set on <paramref name="query"/>, in a stable order: article date (undated
    /// articles first), article id, sentence index, trigger start, event id; reversed when <see cref="EventQuery.NewestFirst"/>.
    /// <see cref="EventQuery.After"/> starts after a cursor in that order, then <see cref="EventQuery.Offset"/> and
    /// <see cref="EventQuery.Limit"/> apply.
    /// </summary>
    Task<IReadOnlyList<EventRecord>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// A time series: the events the query's filters select, counted per period of <paramref name="bucket"/> and quad
    /// class with their Goldstein sum, oldest period first (then quad class); periods without events are left out. The
    /// date is the one <see cref="EventQuery.DateField"/> names: an event dated to a month or a year counts in the period
    /// holding the first day its date covers; events without that date are left out. Limit and offset do not apply.
    /// </summary>
    Task<IReadOnlyList<PeriodCount>> CountByPeriodAsync(EventQuery query, TimeBucket bucket, CancellationToken cancellationToken = default);

    /// <summary>
    /// The geocoded places of the events the query's filters select (a location with coordinates), with their event
    /// counts, largest first (then name, latitude, longitude); the query's limit and offset page the places.
    /// </summary>
    Task<IReadOnlyList<PlaceCount>> CountByPlaceAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Event counts grouped by source country, target country and quad class, largest first; the query's filters select the events, its limit and offset page the groups (its cursor and order do not apply).</summary>
    Task<IReadOnlyList<DyadCount>> CountByDyadAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The dyads of the events the query's filters select, with their counts per quad class, the most events first (then
    /// source and target country, no country first); the query's limit and offset page the dyads (its cursor and order do
    /// not apply). The same figures as <see cref="CountByDyadAsync"/> pivoted, but ranked and paged by the store, so that
    /// the top few of a million events' dyads do not travel to the caller as one row per dyad and quad class.
    /// </summary>
    Task<IReadOnlyList<DyadTotal>> TopDyadsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>The stored article with this id (text and metadata as stored), or null when there is none.</summary>
    Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Articles whose title or body contain every word of <paramref name="words"/>, best match first, at most
    /// <paramref name="limit"/>. The words are plain words: punctuation only separates them, "AND" or "NOT"
    /// is searched for like any other word, and matching ignores case and diacritics. No words, no hits.
    /// </summary>
    Task<IReadOnlyList<ArticleSearchHit>> SearchArticlesAsync(string words, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>The failures recorded for the articles as last stored, oldest first.</summary>
    Task<IReadOnlyList<RecordedFailure>> ListFailuresAsync(CancellationToken cancellationToken = default);
}
