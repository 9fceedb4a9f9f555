namespace Parley.Storage;

/// <summary>
/// Folds counts per day into counts per <see cref="TimeBucket"/>: a store can then group by the date column itself,
/// in the order of an index that holds it, instead of sorting every row by a computed period.
/// </summary>
internal static class PeriodFolding
{
    /// <summary>The first day of the period of <paramref name="bucket"/> that holds <paramref name="day"/> (ISO weeks start on Monday).</summary>
    public static DateOnly StartOf(DateOnly day, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => day,
        TimeBucket.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeBucket.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown time bucket."),
    };

    /// <summary>The day counts summed per period and quad class, oldest period first, then quad class.</summary>
    public static IReadOnlyList<PeriodCount> Fold(IEnumerable<PeriodCount> days, TimeBucket bucket)
    {
        var periods = new SortedDictionary<(DateOnly Start, int QuadClass), (long Count, double Goldstein)>();
        foreach (var day in days)
        {
            var key = (StartOf(day.Start, bucket), day.QuadClass);
            var (count, goldstein) = periods.GetValueOrDefault(key);
            periods[key] = (count + day.Count, goldstein + day.GoldsteinSum);
        }
        return [.. periods.Select(p => new PeriodCount(p.Key.Start, p.Key.QuadClass, p.Value.Count, p.Value.Goldstein))];
    }
}
