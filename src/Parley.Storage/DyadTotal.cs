namespace Parley.Storage;

/// <summary>
/// One dyad's events by quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)
/// and in all; a country is null for international or unresolved actors and for events without that actor.
/// </summary>
public sealed record DyadTotal(string? SourceCountry, string? TargetCountry, long VerbalCooperation, long MaterialCooperation,
    long VerbalConflict, long MaterialConflict, long Total);
