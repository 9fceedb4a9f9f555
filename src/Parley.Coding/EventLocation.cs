namespace Parley.Coding;

/// <summary>Where the event happened, as named in its clause and geocoded.</summary>
public sealed record EventLocation(string Text, string? Name, string? Country, double? Lat, double? Lon);
