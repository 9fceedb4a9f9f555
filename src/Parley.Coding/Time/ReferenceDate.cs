using System.Globalization;

namespace Parley.Coding.Time;

/// <summary>
/// The date a story's relative expressions ("a day earlier", "the day before") count from, followed through
/// the story in text order: the last day-precise date read from the text for an event in the past tense.
/// Future and undated events do not move it, since "a day earlier" after "will host on September 3" still
/// looks back from the story's narrative, not from the plan. One instance per story; not thread-safe.
/// </summary>
public sealed class ReferenceDate
{
    /// <summary>The current reference, or null before the story has given one.</summary>
    public DateOnly? Current { get; private set; }

    /// <summary>Takes <paramref name="date"/> as the new reference when it is a day read from the text and <paramref name="tense"/> is past.</summary>
    public void Observe(EventDate? date, Tense tense)
    {
        if (date is { Basis: TimeResolver.TextBasis, Precision: TimeResolver.DayPrecision } && tense == Tense.Past
            && DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Current = day;
        }
    }
}
