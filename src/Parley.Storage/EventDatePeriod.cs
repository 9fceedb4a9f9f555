using System.Globalization;

namespace Parley.Storage;

/// <summary>
/// The days an event date value covers: <c>yyyy-MM-dd</c> is one day, <c>yyyy-MM</c> a month, <c>yyyy</c>
/// a year. Stores keep the bounds beside the value so that a date range is one indexed comparison.
/// </summary>
internal static class EventDatePeriod
{
    /// <summary>False when <paramref name="value"/> is not one of the three shapes; such an event matches no date range.</summary>
    public static bool TryGetBounds(string value, out DateOnly first, out DateOnly last)
    {
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out first))
        {
            last = first;
            return true;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM", culture, DateTimeStyles.None, out first))
        {
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }
        if (value.Length == 4 && DateOnly.TryParseExact(value, "yyyy", culture, DateTimeStyles.None, out first))
        {
            last = new DateOnly(first.Year, 12, 31);
            return true;
        }
        first = last = default;
        return false;
    }

    /// <summary>The invariant <c>yyyy-MM-dd</c> form every store keeps dates in (it sorts as text).</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
