namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A dated code of an actor, <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c>, <c>[CODE date-date]</c> or a plain
/// <c>[CODE]</c> (no dates: a default). The limits are inclusive.
/// </summary>
public sealed record PetrarchDateRestriction
{
    public required int Line { get; init; }

    /// <summary>The code as written (<c>"HOBGOV"</c>, <c>"---"</c>, <c>"FRO/BIL/SAM"</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The first day the code applies, or null for "since ever".</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day the code applies, or null for "from then on".</summary>
    public DateOnly? To { get; init; }

    /// <summary>True when neither limit is given: the restriction is a default code.</summary>
    public bool IsDefault => From is null && To is null;

    /// <summary>True when the code applies on <paramref name="date"/> (limits included).</summary>
    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
