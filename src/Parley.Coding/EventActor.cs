namespace Parley.Coding;

/// <summary>An actor as the text names it (<see cref="Text"/> at UTF-16 offsets [<see cref="Start"/>, <see cref="End"/>)) and what it resolves to; <see cref="Code"/> is null when unresolved.</summary>
public sealed record EventActor(
    string Text,
    int Start,
    int End,
    string? Code,
    string? Country,
    IReadOnlyList<string> Sectors,
    string? Name)
{
    /// <summary>
    /// How sure the actor is, from surest: <c>catalogue</c> (a name in the team's dictionaries), <c>imported</c> (a name
    /// or agent noun only in a compiled PETRARCH/Phoenix/PLOVER dictionary), <c>described</c> (an agent noun with the
    /// country the text gives), <c>coreference</c> (an earlier mention in the story), <c>pronoun</c>,
    /// <c>story_country</c> (an agent noun given the story's country), <c>unresolved</c>. Null when the coder that
    /// made the record does not say (PETRARCH dictionary sets, records stored before the field existed).
    /// </summary>
    public string? Basis { get; init; }
}
