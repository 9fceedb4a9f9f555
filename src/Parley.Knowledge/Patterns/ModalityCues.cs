namespace Parley.Knowledge.Patterns;

/// <summary>
/// The words modality.yaml lists, by what they do to an event. All are lemmas, compared without case.
/// </summary>
public sealed record ModalityCues
{
    /// <summary>No cues at all: every event reads as asserted and nothing is attributed.</summary>
    public static ModalityCues None { get; } = new()
    {
        HypotheticalAuxiliaries = new HashSet<string>(),
        HypotheticalModifiers = new HashSet<string>(),
        HypotheticalGovernors = new HashSet<string>(),
        FutureAuxiliaries = new HashSet<string>(),
        FutureModifiers = new HashSet<string>(),
        FutureGovernors = new HashSet<string>(),
        Negators = new HashSet<string>(),
        NegatingGovernors = new HashSet<string>(),
        ReportingVerbs = new HashSet<string>(),
        RealisingVerbs = new HashSet<string>(),
        StrikingVerbs = new HashSet<string>(),
        NegativeJudgements = new HashSet<string>(),
        DeedNouns = new HashSet<string>(),
    };

    /// <summary>Modal auxiliaries that make an event hypothetical ("could", "might", "would").</summary>
    public required IReadOnlySet<string> HypotheticalAuxiliaries { get; init; }

    /// <summary>Modifiers of an event noun or predicate that make it hypothetical ("potential", "possible", "proposed").</summary>
    public required IReadOnlySet<string> HypotheticalModifiers { get; init; }

    /// <summary>Predicates that make what they govern hypothetical ("explore", "consider", "speculation", "inevitable").</summary>
    public required IReadOnlySet<string> HypotheticalGovernors { get; init; }

    /// <summary>Auxiliaries of the future ("will", "shall").</summary>
    public required IReadOnlySet<string> FutureAuxiliaries { get; init; }

    /// <summary>Modifiers that make an event future ("upcoming", "planned", "scheduled").</summary>
    public required IReadOnlySet<string> FutureModifiers { get; init; }

    /// <summary>Predicates that make what they govern future ("plan", "schedule", "set", "expect", "decide").</summary>
    public required IReadOnlySet<string> FutureGovernors { get; init; }

    /// <summary>Negators of the predicate or its noun ("not", "never", "no").</summary>
    public required IReadOnlySet<string> Negators { get; init; }

    /// <summary>Predicates that negate what they govern ("deny", "refuse", "cancel").</summary>
    public required IReadOnlySet<string> NegatingGovernors { get; init; }

    /// <summary>Predicates that make their subject the attribution of what they govern ("say", "tell", "report", "acknowledge").</summary>
    public required IReadOnlySet<string> ReportingVerbs { get; init; }

    /// <summary>Verbs whose object event noun is realised, not merely mentioned ("hold" talks, "take place").</summary>
    public required IReadOnlySet<string> RealisingVerbs { get; init; }

    /// <summary>
    /// Verbs whose subject, a weapon or an attack, struck the verb's object or place ("a car bomb exploded outside the
    /// embassy", "the airstrike hit a hospital"); with a particle where it needs one ("go off").
    /// </summary>
    public required IReadOnlySet<string> StrikingVerbs { get; init; }

    /// <summary>
    /// Words of condemnation ("unacceptable", "illegal", "provocation", "insult"): what a verb of naming calls its object
    /// with one of them is criticism (<see cref="VerbPattern.Judged"/>).
    /// </summary>
    public required IReadOnlySet<string> NegativeJudgements { get; init; }

    /// <summary>
    /// Nouns for a deed someone did ("the move", "the decision", "the killing"): a reaction whose object is one, with
    /// no actor in its phrase, is aimed at whoever last did such a thing in the story.
    /// </summary>
    public required IReadOnlySet<string> DeedNouns { get; init; }
}
