namespace Parley.Storage;

/// <summary>
/// How the SQL for a page of events is written when <see cref="EventPager"/> steers how the database reads it;
/// <see cref="Plain"/> otherwise.
/// </summary>
/// <param name="From">What the events are read from: <c>events</c>, or how the dialect names them read by the order's index.</param>
/// <param name="Through">Read the order only this far (this event included).</param>
/// <param name="ByOrderIndex">
/// Whether the cursor and <c>ORDER BY</c> are written for the order's index to start at the cursor and give the order;
/// false keeps SQLite off that index, so that it goes by the filters' indexes and sorts what they find.
/// </param>
/// <param name="WordsPerEvent">
/// Whether words are checked event by event (the event's article looked up in the full-text index) rather than as the
/// set of articles that hold them, which SQLite can go by but must gather first (for a common word, most of the store).
/// </param>
internal sealed record PageReading(string From, EventCursor? Through, bool ByOrderIndex, bool WordsPerEvent)
{
    /// <summary>One query, planned by the database alone.</summary>
    public static PageReading Plain { get; } = new("events", null, ByOrderIndex: true, WordsPerEvent: false);
}
