namespace Parley.Coding.Time;

/// <summary>The time a clause places its event in, relative to the article date; it decides which side of the article date an under-specified time expression falls on.</summary>
public enum Tense
{
    /// <summary>No tense could be read (no verb, or a bare modal); resolution takes the nearest date, preferring the past.</summary>
    Unknown = 0,
    /// <summary>Simple past, past perfect and present perfect ("signaled", "had met", "have held").</summary>
    Past,
    /// <summary>Simple present and present progressive ("says", "is hosting").</summary>
    Present,
    /// <summary>Will, shall, "is set to", "is to", "plans to", "going to", "upcoming".</summary>
    Future,
}
