namespace Parley.Knowledge.Actors;

/// <summary>
/// A place name that stands for a state or its government when it acts: "the Kremlin" (RUSGOV), "the Pentagon"
/// (USAMIL), "Beijing" (CHN). Whether a mention is the actor or the place is for the linker to decide.
/// </summary>
public sealed class SeatOfPower : Actor
{
    internal SeatOfPower(string name, IReadOnlyList<string> aliases, ActorRole role, string country)
        : base(name, name, aliases, [role])
    {
        Country = country;
    }

    public override ActorKind Kind => ActorKind.SeatOfPower;

    /// <summary>Alpha-3 of the country it stands for.</summary>
    public string Country { get; }
}
