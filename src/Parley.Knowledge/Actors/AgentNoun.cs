namespace Parley.Knowledge.Actors;

/// <summary>
/// A common noun that names an agent and the sectors it implies: "spokesman" → GOV, "troops" → MIL,
/// "state media" → GOV MED. It gets its country from a modifier or context ("Chinese troops" → CHNMIL).
/// </summary>
public sealed record AgentNoun(string Text, IReadOnlyList<string> Sectors)
{
    /// <summary>The sectors joined into a code suffix (<c>GOVMED</c>).</summary>
    public string Code => string.Concat(Sectors);

    /// <summary>The line of sectors.yaml that lists the noun; null for nouns built in code.</summary>
    public EntryOrigin? Origin { get; init; }

    /// <summary>True for a noun of a compiled PETRARCH/PLOVER agent dictionary (imported-agents.tsv) rather than the team's sectors.yaml.</summary>
    public bool IsImported { get; init; }

    /// <summary>
    /// True for a weapon or craft ("jet", "drone", "tank"): an actor only where the text says whose it is (a
    /// nationality, a possessive, a named body); alone it is a thing, and no country should be guessed for it.
    /// </summary>
    public bool NeedsOwner { get; init; }
}
