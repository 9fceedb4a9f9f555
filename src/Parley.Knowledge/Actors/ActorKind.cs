namespace Parley.Knowledge.Actors;

/// <summary>What kind of dictionary entry an <see cref="Actor"/> is.</summary>
public enum ActorKind
{
    /// <summary>A state, named by its name or adjective ("Russia", "Russian").</summary>
    Country,
    /// <summary>A place or building that stands for a government when it acts ("the Kremlin", "Beijing").</summary>
    SeatOfPower,
    /// <summary>A named person with dated roles.</summary>
    Person,
    /// <summary>An international body, non-state group, party or company.</summary>
    Organization,
}
