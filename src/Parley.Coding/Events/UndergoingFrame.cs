using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Clauses whose subject is who an event noun was done to, not who did it: "Iran faces new sanctions", "Trump received
/// an invitation", "the convoy came under attack", "Kyiv is under fire", "was placed under house arrest". Who did it
/// is the one "from" or "by" names ("drew criticism from rights groups"), or no one.
/// </summary>
internal static class UndergoingFrame
{
    /// <summary>Verbs whose subject undergoes or receives what their object names.</summary>
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "receive", "get", "accept", "welcome", "face", "suffer", "sustain", "undergo", "endure", "draw", "attract",
        "incur",
    };

    /// <summary>
    /// Verbs whose subject is under what "under" names ("came under attack", "remains under sanctions", "was placed
    /// under arrest"). Only "under": "went on the offensive" is the subject's own deed.
    /// </summary>
    private static readonly HashSet<string> UnderVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "come", "be", "remain", "stay", "fall", "live", "place", "put", "keep", "hold",
    };

    /// <summary>
    /// The predicate whose subjects underwent event noun <paramref name="noun"/> (the head of its phrase in the
    /// clause): the verb that governs it, or the noun itself when a copula makes it the predicate ("Kyiv is under
    /// attack"); -1 when the clause's subject is not the one it was done to.
    /// </summary>
    public static int Predicate(DependencyTree tree, int noun)
    {
        bool under = tree.CaseOf(noun) is { } preposition && preposition.Equals("under", StringComparison.OrdinalIgnoreCase);
        if (under && tree.Child(noun, "cop") >= 0)
        {
            return noun;
        }
        int governor = tree.Head(noun);
        if (governor < 0 || tree.Upos(governor) is not ("VERB" or "AUX"))
        {
            return -1;
        }
        bool holds = tree.Is(noun, "obj") ? ObjectVerbs.Contains(tree.Lemma(governor)) : under && tree.Is(noun, "obl") && UnderVerbs.Contains(tree.Lemma(governor));
        return holds ? governor : -1;
    }
}
