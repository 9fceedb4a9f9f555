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
}
