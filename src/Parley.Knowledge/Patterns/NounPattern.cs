namespace Parley.Knowledge.Patterns;

/// <summary>
/// A nouns.yaml entry: an event noun ("talks", "a phone conversation", "an invitation", "support") whose lemma is one
/// of <see cref="Lemmas"/>. Its parties come from its own phrase ("between X and Y", "X's visit to Y", "talks with
/// Y", "the U.S.-Russia summit") or from the verb that governs it ("X held talks with Y", "X voiced support for Y").
/// </summary>
public sealed record NounPattern
{
    /// <summary>Unique within the file; the event's rule is <c>nouns.yaml#Id</c>.</summary>
    public required string Id { get; init; }

    public required IReadOnlyList<string> Lemmas { get; init; }

    public required string Code { get; init; }

    /// <summary>When not empty, the noun counts only with one of these words as a modifier ("phone" call, "face-to-face" meeting).</summary>
    public IReadOnlyList<string> Modifiers { get; init; } = [];

    /// <summary>When not empty, the noun counts only as the object of one of these verbs ("voice" support, "impose" sanctions).</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>
    /// A preposition the noun must govern for the pattern to hold ("a call for talks" is an appeal, "a call with
    /// Putin" a consultation); null when none is needed.
    /// </summary>
    public string? Preposition { get; init; }

    /// <summary>Prepositions that introduce the target, tried in order (participants joined by "between" are always source and target).</summary>
    public IReadOnlyList<string> Targets { get; init; } = ["with", "to", "against", "on", "for"];

    public bool TargetOptional { get; init; }

    /// <summary>As <see cref="VerbPattern.Complement"/>: "openness to talks", "an invitation to visit".</summary>
    public string? Complement { get; init; }

    /// <summary>As <see cref="VerbPattern.FoldsOnly"/>: "a suspension of attacks" is an event, "a suspension" alone is not.</summary>
    public bool FoldsOnly { get; init; }

    /// <summary>True when the event happens where its target is (a visit happens at the host).</summary>
    public bool AtTarget { get; init; }

    /// <summary>
    /// True when the event is done to the noun's owner and to the subject of the verb that holds it by a preposition:
    /// "Dodik's arrest", "Lai's trial", "went on trial", "was put on trial". Other nouns' owners are their doers
    /// ("Russia's offensive").
    /// </summary>
    public bool Undergone { get; init; }

    /// <summary>
    /// The code when the target is of another country than the source: a ban laid on another country's people or
    /// firms ("Britain banned Huawei") is a sanction (163), where a state's ban on its own is administrative (172,
    /// <see cref="Code"/>). Null when the sides' countries do not matter.
    /// </summary>
    public string? ForeignCode { get; init; }

    public int Line { get; init; }
}
