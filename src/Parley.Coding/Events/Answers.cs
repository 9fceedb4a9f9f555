using Parley.Coding.Actors;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Whom an event that answers another is aimed at, when its own words name no one. A denial answers the one who made the
/// claim: "Afghan officials accused the Taliban of plotting the attack. … The insurgent group denied involvement" is the
/// Taliban's denial of the officials' charge, as annotators code it, and "A U.N. investigation found …, and Damascus
/// rejected the findings" answers the investigation. A ceasefire answers the side that agreed one before: "Israel
/// declared a ceasefire, and Hamas announced its own truce", "Russia has not agreed to the ceasefire" after Ukraine's.
/// </summary>
internal static class Answers
{
    /// <summary>An event coded before the answer: its trigger token, its code and its (source, target) pairs.</summary>
    public readonly record struct EarlierEvent(int Token, string Code, IReadOnlyList<(ActorMention? Source, ActorMention? Target)> Pairs);

    /// <summary>How many sentences back a denial looks for the accusation it answers.</summary>
    private const int AccusationSentences = 3;

    /// <summary>
    /// <paramref name="pairs"/> with each source's answered party as the target, where one is found. A ceasefire's is the
    /// source of the nearest earlier ceasefire of another country (<see cref="OtherTruce"/>), else a place of another
    /// country its phrase names ("a ceasefire in Gaza"). A denial's is its accuser: the doer of the nearest
    /// earlier event of disapproval (11: an accusation, criticism, a lawsuit) aimed at the denier or its state, or at no one, or
    /// of a legal action (17: charges, a sentence) aimed at the denier or its state, in this sentence or the few before it; else
    /// the subject of a verb of claiming earlier in the sentence (<see cref="ArgumentReader.ClaimantBefore"/>). Pairs
    /// whose source has none are kept as they are.
    /// </summary>
    /// <param name="earlier">The events coded before the answer, in text order.</param>
    public static List<(ActorMention? Source, ActorMention? Target)> Aim(
        DependencyTree tree, int denial, string code, List<(ActorMention? Source, ActorMention? Target)> pairs, IReadOnlyList<EarlierEvent> earlier, ArgumentReader arguments,
        Func<int, ActorMention?> namedPlace)
    {
        bool truce = code.StartsWith("0871", StringComparison.Ordinal);
        var aimed = new List<(ActorMention?, ActorMention?)>(pairs.Count);
        foreach (var (source, target) in pairs)
        {
            if (source is null)
            {
                aimed.Add((source, target));
                continue;
            }
            // One named in an earlier event is restated at the answer's words; one its own sentence names keeps its own.
            var before = truce ? OtherTruce(tree, denial, source, earlier) : Accusation(tree, denial, source, earlier);
            aimed.Add((source, before is not null ? Restated(tree, denial, before, truce ? "the other side of the ceasefire" : "the accuser the denial answers")
                : (truce ? arguments.PlaceOfOther(denial, source, namedPlace) : arguments.ClaimantBefore(denial, source)) ?? target));
        }
        return aimed;
    }

    /// <summary>How many sentences back a ceasefire looks for the other side's, unless it is "the" ceasefire, told of before anywhere in the story.</summary>
    private const int TruceSentences = 5;

    /// <summary>
    /// The source of the nearest earlier ceasefire (0871) of another country than <paramref name="side"/>'s: in this
    /// sentence or the few before it, or anywhere before for "the ceasefire" ("Russia has not agreed to the ceasefire").
    /// </summary>
    private static ActorMention? OtherTruce(DependencyTree tree, int truce, ActorMention side, IReadOnlyList<EarlierEvent> earlier)
    {
        int sentence = tree.SentenceOf(truce);
        int first = ToldBefore(tree, truce) ? 0 : sentence - TruceSentences;
        for (int e = earlier.Count - 1; e >= 0; e--)
        {
            var (token, code, eventPairs) = earlier[e];
            if (tree.SentenceOf(token) < first)
            {
                break;
            }
            if (!code.StartsWith("0871", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var (other, _) in eventPairs)
            {
                if (other?.Country is { } country && side.Country is { } own && country != own)
                {
                    return other;
                }
            }
        }
        return null;
    }

    private static ActorMention? Accusation(DependencyTree tree, int denial, ActorMention denier, IReadOnlyList<EarlierEvent> earlier)
    {
        int sentence = tree.SentenceOf(denial);
        for (int e = earlier.Count - 1; e >= 0; e--)
        {
            var (token, code, eventPairs) = earlier[e];
            if (tree.SentenceOf(token) < sentence - AccusationSentences)
            {
                break;
            }
            bool disapproval = code[..2] == "11", legal = code[..2] == "17";
            if (!disapproval && !legal)
            {
                continue;
            }
            foreach (var (accuser, accused) in eventPairs)
            {
                // The denier's own words are no accusation it answers ("the Kabul administration has tried to sabotage …"
                // said of the government, which then denies); a charge is answered by its accused, an accusation also
                // when the sentence named no one it was aimed at ("critics charge").
                if (accuser?.Code is null || accuser.Code == denier.Code || Participants.SameActor(accuser, denier))
                {
                    continue;
                }
                if ((accused is null && disapproval) || (accused is not null && IsOrOwns(accused, denier)))
                {
                    return accuser;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="accused"/> is the denier or the state the denier belongs to, or the other way round:
    /// "accusing it (Pakistan's government) …" is answered by "Pakistan"; a charge against "a new trial" of Guatemala by
    /// a Guatemalan. Another body of the same country is not ("We condemn this arrest" said of the police is no charge
    /// the arrested editor answers).
    /// </summary>
    private static bool IsOrOwns(ActorMention accused, ActorMention denier) =>
        Participants.SameActor(accused, denier)
        || (accused.Code is { } a && denier.Code is { } d && (a.StartsWith(d, StringComparison.Ordinal) || d.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>True when the event noun at or under <paramref name="t"/> is one told of before: "the ceasefire", "this truce".</summary>
    private static bool ToldBefore(DependencyTree tree, int t)
    {
        if (Definite(tree, t))
        {
            return true;
        }
        foreach (int c in tree.Children(t))
        {
            if ((tree.Is(c, "obj") || tree.Is(c, "obl")) && Definite(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Definite(DependencyTree tree, int noun)
    {
        if (tree.Upos(noun) != "NOUN")
        {
            return false;
        }
        foreach (int d in tree.Children(noun))
        {
            if (tree.Is(d, "det") && tree.Lemma(d).ToLowerInvariant() is "the" or "this" or "that")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The one answered, restated at what is answered ("the allegations", "the ceasefire") or at the answer's own word.</summary>
    private static ActorMention Restated(DependencyTree tree, int answer, ActorMention answered, string reason)
    {
        int claim = tree.Child(answer, "obj") is int denied and >= 0 ? denied : answer;
        int start = claim == answer ? answer : tree.Extent(claim).Start;
        return answered.RestatedAt(tree.Doc, start, claim + 1, claim, MentionBasis.Coreference, reason);
    }
}
