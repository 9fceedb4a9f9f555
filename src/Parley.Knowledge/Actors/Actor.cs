namespace Parley.Knowledge.Actors;

/// <summary>
/// An entry of the actor catalogue: a name, the other names it goes by, and its roles over time. Immutable.
/// </summary>
public abstract class Actor
{
    private protected Actor(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<ActorRole> roles)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Roles = roles;
    }

    /// <summary>Unique within its kind: the alpha-3 code of a country, the canonical name of a person or body.</summary>
    public string Id { get; }

    /// <summary>The name to show ("Vladimir Putin", "NATO", "Russia", "the Kremlin").</summary>
    public string Name { get; }

    /// <summary>Other names the text may use, matched case- and accent-insensitively.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Roles in dictionary order: for any date the first valid one is the primary role.</summary>
    public IReadOnlyList<ActorRole> Roles { get; }

    public abstract ActorKind Kind { get; }

    /// <summary>The dictionary file (its name, not its folder) and line the entry was read from; null for entries built in code.</summary>
    public EntryOrigin? Origin { get; internal set; }

    /// <summary>
    /// True for an entry compiled from another coder's dictionary (imported-actors.tsv) rather than written by the
    /// team: it is less sure (the PETRARCH/Phoenix dictionaries stop around 2015) and gives way to team entries.
    /// </summary>
    public bool IsImported { get; internal init; }

    /// <summary>The roles valid on <paramref name="date"/>, primary first.</summary>
    public IEnumerable<ActorRole> RolesOn(DateOnly date) => Roles.Where(r => r.IsValidOn(date));

    /// <summary>
    /// The primary role on <paramref name="date"/>, or null when the actor held none then. With no date (an
    /// undated story) the first open-ended role is taken, else the latest-ending one.
    /// </summary>
    public ActorRole? RoleOn(DateOnly? date)
    {
        if (date is { } day)
        {
            return Roles.FirstOrDefault(r => r.IsValidOn(day));
        }
        return Roles.FirstOrDefault(r => r.IsOpen) ?? Roles.OrderByDescending(r => r.To).FirstOrDefault();
    }

    public override string ToString() => $"{Name} ({Kind})";
}
