namespace Parley.Storage;

/// <summary>How many events one dyad has in one quad class; a country is null for international or unresolved actors and for events without that actor.</summary>
public sealed record DyadCount(string? SourceCountry, string? TargetCountry, int QuadClass, long Count);
