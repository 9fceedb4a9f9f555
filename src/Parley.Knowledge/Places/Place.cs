namespace Parley.Knowledge.Places;

/// <summary>A gazetteer entry: a named point with its country. Immutable.</summary>
public sealed record Place
{
    /// <summary>The name to show ("Helsinki").</summary>
    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-3 of the country it lies in; null for places outside any (open sea).</summary>
    public string? Country { get; init; }

    public required GeoPoint Location { get; init; }

    public required PlaceKind Kind { get; init; }

    /// <summary>Inhabitants, or 0 when not known; used to rank places that share a name.</summary>
    public long Population { get; init; }

    /// <summary>Other names and spellings ("Kiev" for Kyiv, "Peking" for Beijing).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The GeoNames id when the place came from a GeoNames dump.</summary>
    public long? GeoNameId { get; init; }

    /// <summary>First-level subdivision code as GeoNames gives it (to tell apart places of one name in one country).</summary>
    public string? Admin1 { get; init; }

    public override string ToString() => $"{Name} ({Country}, {Location.Latitude:0.####}, {Location.Longitude:0.####})";
}
