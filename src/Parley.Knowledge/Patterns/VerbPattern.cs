namespace Parley.Knowledge.Patterns;

/// <summary>
/// A verbs.yaml entry: a predicate (verb, or adjective under a copula: "open to", "ready to") whose lemma is one of
/// <see cref="Lemmas"/> codes as <see cref="Code"/>. Its subject is the source (the <c>by</c> agent in a passive).
/// </summary>
public sealed record VerbPattern
{
    /// <summary>Unique within the file; the event's rule is <c>verbs.yaml#Id</c>.</summary>
    public required string Id { get; init; }

    public required IReadOnlyList<string> Lemmas { get; init; }

    /// <summary>The CAMEO code when no complement changes it.</summary>
    public required string Code { get; init; }

    /// <summary>A preposition or particle the predicate must govern for the pattern to hold ("call for", "rule out"); null when none is needed.</summary>
    public string? Preposition { get; init; }

    /// <summary>
    /// Where the target comes from, tried in order: <c>obj</c>, <c>iobj</c>, or a preposition that introduces an
    /// oblique ("with", "to", "against"). A passive subject is always a target.
    /// </summary>
    public IReadOnlyList<string> Targets { get; init; } = ["obj", "iobj"];

    /// <summary>True when the event stands without a target ("protesters rallied", "X called for calm").</summary>
    public bool TargetOptional { get; init; }

    /// <summary>
    /// A <see cref="ComplementFamily"/> name: when the predicate governs another event ("agreed to meet", "called
    /// for talks"), that event is folded into this one and the code comes from the family's table for its root.
    /// </summary>
    public string? Complement { get; init; }

    /// <summary>
    /// True when the predicate is an event only through what it governs: "stop", "suspend" or "lift" with fighting,
    /// protests or a curfew yield (CAMEO 08), while "stopped at the border" or "lifted the box" is no event. Such a
    /// trigger codes nothing unless its complement family folds a governed event into it.
    /// </summary>
    public bool FoldsOnly { get; init; }

    /// <summary>
    /// The code when the source is a state's agent (a government, its forces, police, courts or spies, or a country
    /// named as such): "Turkish commandos captured Ocalan" is an arrest (173) where "Hezbollah guerrillas captured two
    /// soldiers" is an abduction (181, <see cref="Code"/>). Null when the source does not matter.
    /// </summary>
    public string? StateCode { get; init; }

    /// <summary>
    /// The code when the target is armed (forces, police, rebels) and the source is armed too or a state: "Somali
    /// soldiers backed by Djiboutian troops" cooperate militarily (062) where "the U.S. backed the opposition" endorses
    /// (051, <see cref="Code"/>). Null when the sides do not matter.
    /// </summary>
    public string? ArmedCode { get; init; }

    /// <summary>
    /// The code when the source is an armed group that is no state's agent (rebels, militants, gunmen, a terror group):
    /// "the group said it had killed ten people" is unconventional violence (180) where "soldiers killed ten
    /// militants" is military force (190, <see cref="Code"/>). Null when the doer does not matter.
    /// </summary>
    public string? ArmedGroupCode { get; init; }

    /// <summary>
    /// The code when the target is of another country than the source: a ban laid on another country's people or
    /// firms ("Britain banned Huawei") is a sanction (163), where a state's ban on its own is administrative (172,
    /// <see cref="Code"/>). Null when the sides' countries do not matter.
    /// </summary>
    public string? ForeignCode { get; init; }

    /// <summary>
    /// The code when the target is a place named by itself: "M23 fighters captured Goma" takes territory (192), where
    /// "captured two soldiers" takes people. Null when the target does not matter.
    /// </summary>
    public string? PlaceCode { get; init; }

    /// <summary>
    /// The code when the target is an international organization: "Mali withdrew from ECOWAS" leaves a body (161), where
    /// "withdrew from the border town" pulls back forces (<see cref="Code"/>). Null when the target does not matter.
    /// </summary>
    public string? BodyCode { get; init; }

    /// <summary>
    /// True when the pattern applies only if what the predicate calls its object is a word of condemnation
    /// (<see cref="ModalityCues.NegativeJudgements"/>): "called the ruling arbitrary", "described the jailbreak as
    /// deplorable", "called Bush the devil" criticize (111); "called Putin" does not.
    /// </summary>
    public bool Judged { get; init; }

    /// <summary>
    /// Words the predicate's clause must hold for the pattern to apply ("or face": "gave Iraq 48 hours to leave or face
    /// military action" is an ultimatum); null when none. Patterns with a cue are tried before those without.
    /// </summary>
    public string? Cue { get; init; }

    /// <summary>The line of the entry in its file, for messages.</summary>
    public int Line { get; init; }
}
