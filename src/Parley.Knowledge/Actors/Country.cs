using Parley.Knowledge.Places;

namespace Parley.Knowledge.Actors;

/// <summary>
/// A state of <c>countries.yaml</c>: its ISO 3166-1 codes, the names and adjectives a story uses for it, its capital
/// and the seats of power that stand for its government. As an actor its role is the bare country code.
/// </summary>
public sealed class Country : Actor
{
    internal Country(
        string alpha3, string alpha2, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> adjectives,
        IReadOnlyList<string> exactNames, string? capital, GeoPoint? capitalLocation, GeoPoint? centroid, bool isIso, bool isDependency)
        : base(alpha3, name, aliases, [new ActorRole { Code = alpha3, Country = alpha3 }])
    {
        Alpha2 = alpha2;
        Adjectives = adjectives;
        ExactNames = exactNames;
        Capital = capital;
        CapitalLocation = capitalLocation;
        Centroid = centroid;
        IsIso = isIso;
        IsDependency = isDependency;
    }

    public override ActorKind Kind => ActorKind.Country;

    /// <summary>ISO 3166-1 alpha-3 (the code actor codes start with); same as <see cref="Actor.Id"/>.</summary>
    public string Alpha3 => Id;

    /// <summary>ISO 3166-1 alpha-2 (the code GeoNames uses).</summary>
    public string Alpha2 { get; }

    /// <summary>Demonyms and adjectives ("Russian", "Chinese", "U.S.", "American").</summary>
    public IReadOnlyList<string> Adjectives { get; }

    /// <summary>
    /// Ethnic groups of the country that news names by a word of their own ("Rohingya"): before an agent noun the word
    /// gives the country as an adjective does ("Rohingya refugees"), alone it is the group (the country's ETH), and,
    /// as with "ethnic Albanians", a place the text puts them in decides their country.
    /// </summary>
    public IReadOnlyList<string> Peoples { get; init; } = [];

    /// <summary>Names that only count written exactly so ("US", "UK"), because in lower case they are ordinary words.</summary>
    public IReadOnlyList<string> ExactNames { get; }

    public string? Capital { get; }

    public GeoPoint? CapitalLocation { get; }

    /// <summary>A point near the middle of the country, used to place "in Finland".</summary>
    public GeoPoint? Centroid { get; }

    /// <summary>False for entities with a user-assigned code rather than an ISO 3166-1 one (Kosovo, XKX).</summary>
    public bool IsIso { get; }

    /// <summary>True for territories that are not sovereign states (Bermuda, Guam, Greenland).</summary>
    public bool IsDependency { get; }

    /// <summary>The seats of power and capital metonyms that stand for this country; filled in when the catalogue is built.</summary>
    public IReadOnlyList<SeatOfPower> SeatsOfPower { get; internal set; } = [];
}
