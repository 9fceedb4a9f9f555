using System.Text;
using Parley.Coding;

namespace Parley.Storage;

/// <summary>
/// How both stores read a page of filtered events (<see cref="IEventStore.QueryEventsAsync"/> with a limit). A database
/// that goes by a filter's index reads and sorts every match to show a page; one that walks the order's index until the
/// page is full reads the whole store for a rare match; and neither knows beforehand which it will be. SQLite keeps no
/// statistics (q=talks with a country took 2.7 s, country=CHN 2.1 s over a million events), and PostgreSQL's assume the
/// matches spread evenly through the order (it walked half a million events for a dyad's events of 2023). So a page
/// whose indexed filters keep few events (counted from their indexes, up to a bound) is found from those and sorted.
/// Any other walks the order, stopping as soon as the page is full; only when the walk finds no matches in its first
/// stretch, or too few in the longest it may take, are the rest after it found from the other indexes and sorted.
/// Those two readings are kept off the order's index, which the database would otherwise walk to the end for a rare
/// match.
/// </summary>
internal static class EventPager
{
    // How far a page first walks the order: twenty events per event of the page, and at least 5,000, which fills a page
    // of 100 when one event in fifty matches; how far it walks at most before it asks the other indexes; and how few
    // events indexed filters must keep for the page to be found from their indexes without a walk.
    private const int WalkPerEvent = 20;
    private const int MinimumWalk = 5000;
    private const int MaximumWalk = 50_000;
    private const int FewEvents = 10_000;

    /// <summary>The events of <see cref="IEventStore.QueryEventsAsync"/> for <paramref name="query"/>, read by <paramref name="store"/>.</summary>
    public static async Task<IReadOnlyList<EventRecord>> ReadAsync(EventQuery query, SqlDialect dialect, IFilteredEventQueries store,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not { Limit: > 0 and var limit, Offset: 0 } || !Filters(query, dialect))
        {
            return await ReadPageAsync(query, PageReading.Plain, dialect, store, cancellationToken);
        }
        var byIndex = new PageReading("events", null, ByOrderIndex: false, WordsPerEvent: true);
        var indexed = IndexedFilters(query, dialect);
        if (indexed is not null && await CountUpToAsync(indexed, FewEvents, store, cancellationToken) < FewEvents)
        {
            return await ReadPageAsync(query, byIndex, dialect, store, cancellationToken);
        }
        // The walk goes on while it finds matches, each stretch as long again as the matches so far say the rest of the
        // page needs (twice over), up to MaximumWalk events in all.
        var found = new List<EventRecord>();
        var at = query.After;
        var stretch = Math.Max(MinimumWalk, WalkPerEvent * limit);
        for (var walked = 0; ;)
        {
            var end = await OrderKeyAtAsync(query with { After = at }, stretch, dialect, store, cancellationToken);
            found.AddRange(await ReadPageAsync(query with { After = at, Limit = limit - found.Count },
                new PageReading(dialect.ByOrderIndex, end, ByOrderIndex: true, WordsPerEvent: true), dialect, store, cancellationToken));
            if (found.Count == limit || end is null)
            {
                return found;
            }
            at = end;
            walked += stretch;
            if (found.Count == 0 || walked >= MaximumWalk)
            {
                break;
            }
            stretch = (int)Math.Min(MaximumWalk - walked, 2L * (limit - found.Count) * walked / found.Count + 1);
        }
        // Without an indexed filter, words are found from the full-text index.
        found.AddRange(await ReadPageAsync(query with { After = at, Limit = limit - found.Count }, byIndex with { WordsPerEvent = indexed is not null },
            dialect, store, cancellationToken));
        return found;
    }

    private static Task<IReadOnlyList<EventRecord>> ReadPageAsync(EventQuery query, PageReading reading, SqlDialect dialect,
        IFilteredEventQueries store, CancellationToken cancellationToken) =>
        store.QueryAsync(query, $"SELECT {EventColumns.SelectList} FROM {reading.From}", EventFilterSql.OrderBy(query, dialect, reading), reading, "",
            EventColumns.FromRow, cancellationToken);

    /// <summary>True when the query filters the events (its cursor aside).</summary>
    private static bool Filters(EventQuery query, SqlDialect dialect)
    {
        using var probe = dialect.NewCommand();
        var where = new StringBuilder();
        EventFilterSql.AppendWhere(where, probe, dialect, query, withCursor: false, []);
        return where.Length > 0;
    }

    /// <summary>
    /// The query's filters that the stores' indexes find events by (article, dates, countries, actor codes, CAMEO root),
    /// alone; null when it has none.
    /// </summary>
    private static EventQuery? IndexedFilters(EventQuery query, SqlDialect dialect)
    {
        var indexed = new EventQuery
        {
            ArticleId = query.ArticleId,
            From = query.From,
            To = query.To,
            DateField = query.DateField,
            SourceCountry = query.SourceCountry,
            TargetCountry = query.TargetCountry,
            Country = query.Country,
            SourceCode = query.SourceCode,
            TargetCode = query.TargetCode,
            CameoRoot = query.CameoRoot,
        };
        return Filters(indexed, dialect) ? indexed : null;
    }

    /// <summary>How many events the query's filters keep, counted up to <paramref name="bound"/> at most.</summary>
    private static async Task<long> CountUpToAsync(EventQuery query, int bound, IFilteredEventQueries store, CancellationToken cancellationToken)
    {
        var counts = await store.QueryAsync(query with { Limit = bound }, "SELECT count(*) FROM (SELECT 1 FROM events", "", PageReading.Plain,
            ") AS kept", reader => reader.GetInt64(0), cancellationToken);
        return counts[0];
    }

    /// <summary>
    /// The sort key of the event <paramref name="skip"/> places after the query's cursor in its order (filters aside),
    /// read from the order's index alone; null when fewer events follow.
    /// </summary>
    private static async Task<EventCursor?> OrderKeyAtAsync(EventQuery query, int skip, SqlDialect dialect, IFilteredEventQueries store,
        CancellationToken cancellationToken)
    {
        var keys = await store.QueryAsync(new EventQuery { After = query.After, NewestFirst = query.NewestFirst, Limit = 1, Offset = skip },
            $"SELECT {EventFilterSql.OrderKey} FROM {dialect.ByOrderIndex}", EventFilterSql.OrderBy(query, dialect), PageReading.Plain, "",
            reader => EventFilterSql.ReadKey(reader, 0), cancellationToken);
        return keys.Count == 0 ? null : keys[0];
    }
}
