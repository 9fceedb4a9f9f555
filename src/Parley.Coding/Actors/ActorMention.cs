using Parley.Knowledge.Actors;
using Parley.Text;

namespace Parley.Coding.Actors;

/// <summary>How a mention was resolved, from surest to least sure.</summary>
public enum MentionBasis
{
    /// <summary>A name in the catalogue (person, organisation, country, seat of power).</summary>
    Catalogue,
    /// <summary>
    /// A name or agent noun found only in a compiled PETRARCH/Phoenix/PLOVER dictionary (imported-actors.tsv,
    /// imported-agents.tsv): less sure than the team's own entries, which those dictionaries (mostly to 2015) lag.
    /// </summary>
    Imported,
    /// <summary>An agent noun with a country that names it ("Chinese authorities").</summary>
    Described,
    /// <summary>A name or noun the catalogue does not know, resolved by an earlier mention in the story ("Odinga", "the president").</summary>
    Coreference,
    /// <summary>A pronoun, resolved by an earlier mention.</summary>
    Pronoun,
    /// <summary>An agent noun with no country of its own, given the story's main country ("police").</summary>
    StoryCountry,
    /// <summary>Not resolved: the text is kept with no code.</summary>
    Unresolved,
}

/// <summary>
/// An actor as the text names it: tokens <c>[Start, End)</c> with the token <see cref="Head"/> that stands for it in
/// the parse, and what it resolves to on the article date.
/// </summary>
public sealed record ActorMention
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required int Head { get; init; }
    public required string Text { get; init; }
    public required int CharStart { get; init; }
    public required int CharEnd { get; init; }
    /// <summary>The actor code ("USAGOV", "IGOUNO"), or null when unresolved.</summary>
    public string? Code { get; init; }
    /// <summary>ISO alpha-3 of the actor's country, null for international actors and unresolved ones.</summary>
    public string? Country { get; init; }
    public IReadOnlyList<string> Sectors { get; init; } = [];
    /// <summary>The named person or body, when there is one.</summary>
    public string? Name { get; init; }
    /// <summary>True for a named person (resolved or not), the antecedent of "he" and "she".</summary>
    public bool IsPerson { get; init; }
    /// <summary>The person's title on the date ("President"), for resolving "the president" later in the story.</summary>
    public string? Title { get; init; }
    /// <summary>True for a bare agent noun ("police", "the president"): no name and no country of its own.</summary>
    public bool AgentOnly { get; init; }
    /// <summary>True for a country or a seat of power or capital named by itself ("Paris", "the Kremlin"), with no name or agent noun beside it.</summary>
    public bool IsPlace { get; init; }
    public required MentionBasis Basis { get; init; }
    /// <summary>Why the mention got its code, in words ("named person on that date", "metonym (seat of power or capital)"); null when unresolved.</summary>
    public string? Reason { get; init; }
    /// <summary>The dictionary entry that decided the code (file and line), when one did.</summary>
    public EntryOrigin? Entry { get; init; }
    /// <summary>True for a group the text says someone else backs ("Iranian-backed rebels"): its own country stays unknown rather than taking the story's.</summary>
    public bool CountryOpen { get; init; }

    /// <summary>
    /// The same actor named again at tokens [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="document"/> (a pronoun, a bare surname, "the group"): its code, country, sectors and name
    /// kept, its span, text and head those of the new words, linked by <paramref name="basis"/> for
    /// <paramref name="reason"/>.
    /// </summary>
    public ActorMention RestatedAt(Document document, int start, int end, int head, MentionBasis basis, string reason)
    {
        ArgumentNullException.ThrowIfNull(document);
        return this with
        {
            Start = start,
            End = end,
            Head = head,
            Text = document.Text[document.Starts[start]..document.Ends[end - 1]],
            CharStart = document.Starts[start],
            CharEnd = document.Ends[end - 1],
            Basis = basis,
            Reason = reason,
        };
    }

    public EventActor ToEventActor() => new(Text, CharStart, CharEnd, Code, Country, Sectors, Name) { Basis = BasisName(Basis) };

    /// <summary>The word the event record gives for a basis (OUTPUT.md's <c>basis</c> of an actor).</summary>
    public static string BasisName(MentionBasis basis) => basis switch
    {
        MentionBasis.Catalogue => "catalogue",
        MentionBasis.Imported => "imported",
        MentionBasis.Described => "described",
        MentionBasis.Coreference => "coreference",
        MentionBasis.Pronoun => "pronoun",
        MentionBasis.StoryCountry => "story_country",
        _ => "unresolved",
    };
}
