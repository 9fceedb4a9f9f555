using Parley.Coding;

namespace Parley.Storage;

/// <summary>Filters for events; every filter that is set must hold (null means "any"). Codes and countries match exactly.</summary>
public sealed record EventQuery
{
    /// <summary>Every event.</summary>
    public static EventQuery All { get; } = new();

    public string? ArticleId { get; init; }

    /// <summary>First day of the date range, inclusive.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the date range, inclusive.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Which date <see cref="From"/> and <see cref="To"/> apply to.</summary>
    public DateField DateField { get; init; } = DateField.EventDate;

    /// <summary>ISO 3166 alpha-3 country of the source actor, e.g. <c>RUS</c>.</summary>
    public string? SourceCountry { get; init; }

    /// <summary>Full actor code of the source, e.g. <c>RUSGOV</c>.</summary>
    public string? SourceCode { get; init; }

    public string? TargetCountry { get; init; }

    public string? TargetCode { get; init; }

    /// <summary>Country of either actor: events whose source or target country is this one.</summary>
    public string? Country { get; init; }

    /// <summary>Two-digit CAMEO root, e.g. <c>03</c>.</summary>
    public string? CameoRoot { get; init; }

    /// <summary>Full CAMEO code, e.g. <c>036</c> (exactly that code, not its children).</summary>
    public string? Cameo { get; init; }

    /// <summary>PLOVER event type, e.g. <c>AGREE</c> (<see cref="EventRecord.Plover"/>'s event).</summary>
    public string? PloverEvent { get; init; }

    /// <summary>1 to 4 (see <see cref="EventRecord.QuadClass"/>).</summary>
    public int? QuadClass { get; init; }

    public Modality? Modality { get; init; }

    /// <summary>Only events whose confidence is at least this (0 to 1).</summary>
    public double? MinConfidence { get; init; }

    /// <summary>
    /// Only events whose sentence contains every word of this text. Words are split as in
    /// <see cref="IEventStore.SearchArticlesAsync"/> (punctuation only separates them, nothing is syntax) and matched
    /// ignoring case; a text with no words filters nothing.
    /// </summary>
    public string? Words { get; init; }

    /// <summary>
    /// Keyset paging: only events that come after this one in the query's order (<see cref="NewestFirst"/> included).
    /// Unlike <see cref="Offset"/>, a page read this way neither skips nor repeats events when others are stored meanwhile.
    /// </summary>
    public EventCursor? After { get; init; }

    /// <summary>
    /// Reverses the order of <see cref="IEventStore.QueryEventsAsync"/>: the newest article date first (undated articles
    /// last), and within an article the last sentence first.
    /// </summary>
    public bool NewestFirst { get; init; }

    /// <summary>At most this many results; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Results to skip first.</summary>
    public int Offset { get; init; }
}
