using Parley.Knowledge.Patterns;

namespace Parley.Coding.Events;

/// <summary>
/// A token that expresses an event: by a verb or noun pattern of the team's dictionaries, or, when no pattern
/// matches, by the event model (<see cref="Typing.EventTypeModel"/>), which gives the code and a probability.
/// </summary>
internal sealed record Trigger(int Token, VerbPattern? Verb, NounPattern? Noun)
{
    /// <summary>Where a verb's target comes from when no pattern names it: its object, then the usual obliques.</summary>
    private static readonly IReadOnlyList<string> GenericVerbTargets = ["obj", "iobj", "against", "on", "with", "to", "at", "into", "over", "for"];

    public string Code => Verb?.Code ?? Noun!.Code;

    public string? Complement => Verb is not null ? Verb.Complement : Noun!.Complement;

    public bool TargetOptional => Verb?.TargetOptional ?? Noun!.TargetOptional;

    /// <summary>True when the trigger is an event only with a governed event folded into it ("stopped the fighting").</summary>
    public bool FoldsOnly => Verb?.FoldsOnly ?? Noun!.FoldsOnly;

    public IReadOnlyList<string> Targets => Verb?.Targets ?? Noun!.Targets;

    /// <summary>The pattern's code for a target of another country than the source, or null.</summary>
    public string? ForeignCode => Verb is not null ? Verb.ForeignCode : Noun!.ForeignCode;

    /// <summary>The rule an event names: the dictionary entry (<c>verbs.yaml#id</c>), or <c>model:events#code</c>.</summary>
    public string Rule => Origin ?? (Verb is not null ? "verbs.yaml#" + Verb.Id : "nouns.yaml#" + Noun!.Id);

    public bool IsNoun => Noun is not null;

    /// <summary>
    /// For a weapon or attack noun that is the subject of a striking verb ("a car bomb exploded outside the embassy"),
    /// that verb, whose object or place is what was struck; -1 otherwise.
    /// </summary>
    public int StrikingPredicate { get; init; } = -1;

    /// <summary>
    /// For a speaker verb that criticizes by what it says ("said the raid was unauthorised"), the clause that says it,
    /// whose subject is what is criticized; -1 otherwise.
    /// </summary>
    public int JudgedClause { get; init; } = -1;

    /// <summary>The rule when it is not a team pattern's (the event model); null for a pattern.</summary>
    public string? Origin { get; init; }

    /// <summary>The event model's probability that the token expresses an event of <see cref="Code"/>; null for a pattern.</summary>
    public double? Probability { get; init; }

    /// <summary>
    /// A trigger with no pattern behind it, for reading a candidate's actors or for an event the model typed: a verb
    /// or adjective takes its target from its object or the usual obliques, a noun from its usual prepositions; it
    /// stands without a target and governs no complement.
    /// </summary>
    public static Trigger Generic(int token, bool noun, string code, string? origin = null, double? probability = null) => noun
        ? new Trigger(token, null, new NounPattern { Id = code, Lemmas = [], Code = code, TargetOptional = true }) { Origin = origin, Probability = probability }
        : new Trigger(token, new VerbPattern { Id = code, Lemmas = [], Code = code, Targets = GenericVerbTargets, TargetOptional = true }, null) { Origin = origin, Probability = probability };
}
