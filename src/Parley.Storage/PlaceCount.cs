namespace Parley.Storage;

/// <summary>How many events took place at one geocoded place (<see cref="Coding.EventLocation"/> with coordinates).</summary>
public sealed record PlaceCount(string? Name, string? Country, double Lat, double Lon, long Count);
