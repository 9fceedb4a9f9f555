namespace Parley.Knowledge.Actors;

/// <summary>
/// A CAMEO-style sector code (<c>GOV</c>, <c>MIL</c>, <c>REB</c> …) from <c>sectors.yaml</c>. International sectors
/// (<c>IGO</c>, <c>NGO</c>, <c>IMG</c>, <c>MNC</c>) may begin an actor code in place of a country.
/// </summary>
public sealed record Sector(string Code, string Name, string? Description, bool IsInternational);
