namespace Parley.Storage;

/// <summary>Which date an <see cref="EventQuery"/> date range applies to.</summary>
public enum DateField
{
    /// <summary>The event's own date (OUTPUT.md <c>event_date</c>); an event dated to a month or year matches only when that whole month or year lies inside the range, and an undated event never matches.</summary>
    EventDate,
    /// <summary>The publication date of the event's article; events of undated articles never match.</summary>
    ArticleDate,
}
