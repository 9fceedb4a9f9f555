using Parley.Knowledge.Patterns;

namespace Parley.Coding.Events;

/// <summary>A token that a verb or noun pattern says expresses an event.</summary>
internal sealed record Trigger(int Token, VerbPattern? Verb, NounPattern? Noun)
{
    public string Code => Verb?.Code ?? Noun!.Code;

    public string? Complement => Verb is not null ? Verb.Complement : Noun!.Complement;

    public bool TargetOptional => Verb?.TargetOptional ?? Noun!.TargetOptional;

    public IReadOnlyList<string> Targets => Verb?.Targets ?? Noun!.Targets;

    public string Rule => Verb is not null ? "verbs.yaml#" + Verb.Id : "nouns.yaml#" + Noun!.Id;

    public bool IsNoun => Noun is not null;
}
