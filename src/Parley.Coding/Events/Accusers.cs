using Parley.Coding.Actors;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Whom a denial with no target answers: the one who made the claim it denies. "Afghan officials accused the Taliban of
/// plotting the attack. … The insurgent group denied involvement" is the Taliban's denial of the officials' charge, as
/// annotators code it; "A U.N. investigation found …, and Damascus rejected the findings" answers the investigation.
/// </summary>
internal static class Accusers
{
    /// <summary>How many sentences back a denial looks for the accusation it answers.</summary>
    private const int AccusationSentences = 3;

    /// <summary>
    /// <paramref name="pairs"/> with each source's accuser as the target, where one is found: the doer of the nearest
    /// earlier event of disapproval (11: an accusation, criticism, a lawsuit) aimed at the denier's side or at no one, or
    /// of a legal action (17: charges, a sentence) aimed at the denier's side, in this sentence or the few before it; else
    /// the subject of a verb of claiming earlier in the sentence (<see cref="ArgumentReader.ClaimantBefore"/>). Pairs
    /// whose source has none are kept as they are.
    /// </summary>
    /// <param name="earlier">The events coded before the denial, in text order, by index: trigger token, code and pairs.</param>
    public static List<(ActorMention? Source, ActorMention? Target)> Aim(
        DependencyTree tree, int denial, List<(ActorMention? Source, ActorMention? Target)> pairs, int earlierCount,
        Func<int, (int Token, string Code, IReadOnlyList<(ActorMention? Source, ActorMention? Target)> Pairs)> earlier, ArgumentReader arguments)
    {
        var aimed = new List<(ActorMention?, ActorMention?)>(pairs.Count);
        foreach (var (source, target) in pairs)
        {
            var accuser = source is null ? null : Accusation(tree, denial, source, earlierCount, earlier) ?? arguments.ClaimantBefore(denial, source);
            aimed.Add((source, accuser is null ? target : Restated(tree, denial, accuser)));
        }
        return aimed;
    }

    private static ActorMention? Accusation(DependencyTree tree, int denial, ActorMention denier, int earlierCount,
        Func<int, (int Token, string Code, IReadOnlyList<(ActorMention? Source, ActorMention? Target)> Pairs)> earlier)
    {
        int sentence = tree.SentenceOf(denial);
        for (int e = earlierCount - 1; e >= 0; e--)
        {
            var (token, code, eventPairs) = earlier(e);
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
                if ((accused is null && disapproval) || (accused is not null && (Participants.SameActor(accused, denier) || (accused.Country is not null && accused.Country == denier.Country))))
                {
                    return accuser;
                }
            }
        }
        return null;
    }

    /// <summary>The accuser restated at what is denied ("the allegations"), whose claim it is, or at the denial's word.</summary>
    private static ActorMention Restated(DependencyTree tree, int denial, ActorMention accuser)
    {
        int claim = tree.Child(denial, "obj") is int denied and >= 0 ? denied : denial;
        int start = claim == denial ? denial : tree.Extent(claim).Start;
        return accuser.RestatedAt(tree.Doc, start, claim + 1, claim, MentionBasis.Coreference, "the accuser the denial answers");
    }
}
