namespace Parley.Server.Api;

/// <summary>One dyad: source and target country (null for international or unresolved actors, or no target) and its events per quad class.</summary>
internal sealed record DyadRow(string? SourceCountry, string? TargetCountry, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict, long Total);
