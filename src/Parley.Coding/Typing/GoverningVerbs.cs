using Parley.Text;

namespace Parley.Coding.Typing;

/// <summary>
/// Verbs that say only how, when or whether an event is done, leaving what is done to the word they govern: "continue to
/// disrupt", "tried to sabotage", "begin operating", "carried out attacks", "brings a complaint", "renews its support".
/// The event model asks about that word instead of the verb, in training and in coding alike, so that it learns "try"
/// no type of its own ("tried to sabotage" is an accusation in the gold, "will try to help" an offer of aid) and types
/// the complement it has seen elsewhere. Verbs that carry a CAMEO meaning of their own with a complement ("agree to",
/// "vowed to", "called for", "need to", "threatened to") are not among them: the event is theirs.
/// </summary>
internal static class GoverningVerbs
{
    /// <summary>Verbs of phase and attempt, transparent to the clause they govern ("continued to shell").</summary>
    private static readonly HashSet<string> OfClause = new(StringComparer.Ordinal)
    {
        "begin", "start", "continue", "resume", "keep", "proceed", "try", "attempt", "manage", "move", "step",
    };

    /// <summary>Light verbs, transparent to the event noun that is their object ("conducted operations", "made concessions").</summary>
    private static readonly HashSet<string> OfNoun = new(StringComparer.Ordinal)
    {
        "carry", "conduct", "stage", "make", "launch", "mount", "wage", "undertake", "perform", "renew", "bring", "hold",
        "begin", "start", "continue", "resume", "step",
    };

    /// <summary>
    /// The word that tells the event governed by verb <paramref name="i"/>: its open clause complement (a verb), or its
    /// object when that is an event noun; -1 when <paramref name="i"/> is no transparent verb or governs neither.
    /// </summary>
    public static int Complement(DependencyTree tree, int i)
    {
        if (tree.Upos(i) != "VERB")
        {
            return -1;
        }
        string lemma = tree.Lemma(i).ToLowerInvariant();
        bool ofClause = OfClause.Contains(lemma), ofNoun = OfNoun.Contains(lemma);
        if (!ofClause && !ofNoun)
        {
            return -1;
        }
        foreach (int c in tree.Children(i))
        {
            if (ofClause && tree.Dep(c) == "xcomp" && tree.Upos(c) == "VERB")
            {
                return c;
            }
            if (ofNoun && tree.Dep(c) == "obj" && tree.Upos(c) == "NOUN" && PredicateCandidates.IsEventive(tree.Lemma(c)))
            {
                return c;
            }
        }
        return -1;
    }
}
