namespace Parley.Coding.Time;

/// <summary>The unit of a relative time expression ("two days ago", "last week", "next month", "this year").</summary>
public enum TimeUnit
{
    /// <summary>Days; resolves to day precision.</summary>
    Day,
    /// <summary>Weeks; counted weeks ("a week earlier") resolve to a day, a calendar week ("last week") to the month holding most of it.</summary>
    Week,
    /// <summary>Months; resolves to month precision.</summary>
    Month,
    /// <summary>Years; resolves to year precision.</summary>
    Year,
}
