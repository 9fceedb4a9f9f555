namespace Parley.Knowledge.Actors;

/// <summary>
/// What an actor counts as during a period: a CAMEO-style code (country or body, then sectors), the title that
/// goes with it, and the dates it holds. <see cref="From"/> is the first day; <see cref="To"/> is the first day it
/// no longer holds (the day a successor takes over), so consecutive terms tile without overlap.
/// </summary>
public sealed record ActorRole
{
    /// <summary>The full code, e.g. <c>USAGOV</c>, <c>RUSGOVMED</c>, <c>IGOUNO</c>, <c>LBNREBHEZ</c>.</summary>
    public required string Code { get; init; }

    /// <summary>ISO 3166 alpha-3 of the actor's country; null for international and transnational actors.</summary>
    public string? Country { get; init; }

    /// <summary>The sector codes in the code, in order (<c>GOV</c>, <c>MIL</c> …); empty for a bare country.</summary>
    public IReadOnlyList<string> Sectors { get; init; } = [];

    /// <summary>The office or function ("President", "Foreign Minister"), when the dictionary names one.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The single-holder offices this role fills (<see cref="Office"/>: "head of state", "foreign minister" …), of
    /// the role's country or, for an organisation's code, of that organisation. Empty for roles many hold at once.
    /// </summary>
    public IReadOnlyList<string> Offices { get; init; } = [];

    /// <summary>Where the dictionary's authors took the fact from, and how sure they are, when they say.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// The imported (PETRARCH/Phoenix) entry this role was taken from when it joined a team entry for the same person
    /// (it answers only on days none of the team's roles holds); null for the entry's own roles.
    /// </summary>
    public EntryOrigin? ImportedFrom { get; init; }

    /// <summary>First day of the role; null when it reaches back indefinitely.</summary>
    public DateOnly? From { get; init; }

    /// <summary>First day after the role ended (exclusive); null while it lasts.</summary>
    public DateOnly? To { get; init; }

    /// <summary>True when the role holds on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => (From is null || From.Value <= date) && (To is null || date < To.Value);

    /// <summary>True when the role has no end date: it is the actor's current role as far as the dictionary knows.</summary>
    public bool IsOpen => To is null;
}
