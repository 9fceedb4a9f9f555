namespace Parley.Knowledge.Actors;

/// <summary>A named person of <c>people.yaml</c> with date-bounded roles (Trump: USAGOV, then USAELI, then USAGOV).</summary>
public sealed class Person : Actor
{
    internal Person(string name, IReadOnlyList<string> aliases, IReadOnlyList<ActorRole> roles, string surname, string? note)
        : base(name, name, aliases, roles)
    {
        Surname = surname;
        Note = note;
    }

    public override ActorKind Kind => ActorKind.Person;

    /// <summary>The family name a story uses on its own ("Putin", "Xi", "Lula"); the catalogue matches it when no one else has it.</summary>
    public string Surname { get; }

    /// <summary>A free-text remark from the dictionary, if any.</summary>
    public string? Note { get; }

    /// <summary>The same person with other roles (the team's joined by imported ones, or open ones ended), from the same dictionary entry.</summary>
    internal Person WithRoles(IReadOnlyList<ActorRole> roles) => new(Name, Aliases, roles, Surname, Note) { Origin = Origin, IsImported = IsImported };

    /// <summary>
    /// What the person counts as on <paramref name="date"/> when no role of theirs holds then but one with a country
    /// has ended before it: a former office-holder of that country (<c>ELI</c>). Null when a role holds on the date,
    /// when the date is unknown, or when no ended role names a country.
    /// </summary>
    public ActorRole? FormerRoleOn(DateOnly? date)
    {
        if (date is not { } day || RoleOn(day) is not null)
        {
            return null;
        }
        var last = Roles.Where(r => r.To is { } to && to <= day && r.Country is not null).MaxBy(r => r.To);
        return last is null ? null : AsFormer(last);
    }

    /// <summary>The role a former holder of <paramref name="role"/> has: its country with <c>ELI</c> ("Former prime minister").</summary>
    public static ActorRole AsFormer(ActorRole role)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Country is null || role.Sectors is ["ELI"])
        {
            return role;
        }
        string? title = role.Title is null ? null : role.Title.StartsWith("Former ", StringComparison.OrdinalIgnoreCase) ? role.Title : "Former " + char.ToLowerInvariant(role.Title[0]) + role.Title[1..];
        return new ActorRole { Code = role.Country + "ELI", Country = role.Country, Sectors = ["ELI"], Title = title, Source = role.Source };
    }
}
