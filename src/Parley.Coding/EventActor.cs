namespace Parley.Coding;

/// <summary>An actor as the text names it (<see cref="Text"/> at UTF-16 offsets [<see cref="Start"/>, <see cref="End"/>)) and what it resolves to; <see cref="Code"/> is null when unresolved.</summary>
public sealed record EventActor(
    string Text,
    int Start,
    int End,
    string? Code,
    string? Country,
    IReadOnlyList<string> Sectors,
    string? Name);
