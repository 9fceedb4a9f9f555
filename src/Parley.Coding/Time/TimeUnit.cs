namespace Parley.Coding.Time;

/// <summary>The unit of a relative time expression ("two days ago", "last week", "next month", "this year").</summary>
public enum TimeUnit
{
    Day,
    Week,
    Month,
    Year,
}
