using Parley.Coding.Actors;

namespace Parley.Coding.Events;

/// <summary>
/// The actors an event involves as the parse gives them: its <see cref="Sources"/> (subject, possessor, "by"
/// agent), its <see cref="Targets"/> (object, or the preposition the pattern names) and its <see cref="Parties"/>,
/// those joined without a direction ("talks between X and Y", "the U.S.-Russia summit").
/// </summary>
internal sealed class Participants
{
    public List<ActorMention> Sources { get; } = [];
    public List<ActorMention> Targets { get; } = [];
    public List<ActorMention> Parties { get; } = [];

    /// <summary>The head of a target slot filled by a noun that names no actor ("stormed a hotel"), or -1.</summary>
    public int UnnamedTarget { get; set; } = -1;

    /// <summary>
    /// The head of the subject when it names people the story does not identify ("Berisha's opponents accused him",
    /// "Western politicians called on China"), or -1: read only when the trigger has no source.
    /// </summary>
    public int UnnamedSource { get; set; } = -1;

    /// <summary>
    /// True when the trigger is a clause of its own that names no agent: a finite passive without "by" ("was
    /// arrested") or a verb whose subject is a thing, not an actor ("the blast killed eight"). Participles and gerunds
    /// that only describe ("279 kidnapped schoolgirls", "killing at least 5") are not.
    /// </summary>
    public bool Agentless { get; set; }

    /// <summary>True when the sources did it to each other ("Kyiv and Moscow accused each other"): each is the others' target.</summary>
    public bool Reciprocal { get; set; }

    /// <summary>True when the sources were read off another predicate (control, coordination, a light verb), not the trigger's own subject.</summary>
    public bool Inherited { get; set; }

    /// <summary>Event nouns whose parties were taken as this event's actors ("support for negotiations between X and Y"): they are part of it.</summary>
    public List<int> ThroughEvents { get; } = [];

    public IEnumerable<ActorMention> All => Sources.Concat(Parties).Concat(Targets);

    public static void AddNew(List<ActorMention> into, IEnumerable<ActorMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (!into.Any(m => SameActor(m, mention)))
            {
                into.Add(mention);
            }
        }
    }

    /// <summary>Two mentions of one actor: the same words, or the same named person or body.</summary>
    public static bool SameActor(ActorMention a, ActorMention b) =>
        ReferenceEquals(a, b) || (a.Start == b.Start && a.End == b.End && a.Country == b.Country) || (a.Name is not null && a.Name == b.Name && a.Code == b.Code);
}
