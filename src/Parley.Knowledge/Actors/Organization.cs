namespace Parley.Knowledge.Actors;

/// <summary>
/// A body of <c>organizations.yaml</c>: an international organisation (<c>IGO…</c>), an NGO, or a non-state armed
/// or political group with its home country and sector (Hezbollah: <c>LBNREBHEZ</c>).
/// </summary>
public sealed class Organization : Actor
{
    internal Organization(string name, IReadOnlyList<string> aliases, IReadOnlyList<string> exactNames, IReadOnlyList<ActorRole> roles, string category, string? country, string? note)
        : base(name, name, aliases, roles)
    {
        ExactNames = exactNames;
        Category = category;
        Country = country;
        Note = note;
    }

    public override ActorKind Kind => ActorKind.Organization;

    /// <summary>Names that only count written exactly so ("WHO", "IS"), because in lower case they are ordinary words.</summary>
    public IReadOnlyList<string> ExactNames { get; }

    /// <summary>The dictionary's category: <c>igo</c>, <c>ngo</c>, <c>armed-group</c>, <c>party</c>, <c>government</c> (a state body news names as itself: Sudan's Sovereignty Council), <c>company</c>, <c>religious</c> or <c>media</c>.</summary>
    public string Category { get; }

    /// <summary>Alpha-3 of the home country for national groups; null for international bodies.</summary>
    public string? Country { get; }

    /// <summary>A free-text remark from the dictionary, if any.</summary>
    public string? Note { get; }
}
