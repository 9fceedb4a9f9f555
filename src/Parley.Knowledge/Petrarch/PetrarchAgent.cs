namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One entry of a PETRARCH agent dictionary, <c>phrase {plural} [~CODE]</c>: a noun phrase that names a kind of
/// actor ("foreign minister", "police"), the forms it is found in, and the code it adds to the actor's.
/// </summary>
public sealed record PetrarchAgent
{
    public required int Line { get; init; }

    /// <summary>The phrase as written (after any substitution marker was replaced).</summary>
    public required PetrarchPhrase Phrase { get; init; }

    /// <summary>
    /// Every form the agent is found in: the phrase itself, then its plurals — those in <c>{…}</c>, none for
    /// <c>{}</c>, else the regular plural of the last word (-S, -IES after Y, -ES after SS). Entries made from a
    /// substitution marker get no plural.
    /// </summary>
    public required IReadOnlyList<PetrarchPhrase> Forms { get; init; }

    /// <summary>The agent code without the <c>~</c> ("GOV", "NGO").</summary>
    public required string Code { get; init; }

    public required PetrarchAgentPlacement Placement { get; init; }

    /// <summary>The actor code with this agent's code added on the side the dictionary says.</summary>
    public string Apply(string actorCode) => Placement == PetrarchAgentPlacement.AfterActor ? actorCode + Code : Code + actorCode;
}
