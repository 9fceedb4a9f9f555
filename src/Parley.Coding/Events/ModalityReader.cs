using Parley.Coding.Time;
using Parley.Knowledge.Patterns;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Reads whether an event happened (OUTPUT.md "modality") from its trigger's own words (auxiliaries, negators,
/// modifiers such as "potential" or "upcoming", a conditional "if") and from the predicates that govern it on the
/// way up to its clause ("explore a meeting", "refused to meet", "is set to host", "a meeting is inevitable").
/// Reporting verbs stop the walk: "Peskov said they met" is asserted, and attributed to Peskov.
/// </summary>
internal sealed class ModalityReader(ModalityCues cues)
{
    private const int MaxSteps = 8;

    private enum Mark { None, Future, Hypothetical, Negated }

    public Modality Of(DependencyTree tree, int trigger)
    {
        var mark = Own(tree, trigger);
        bool wouldOnly = mark == Mark.Hypothetical && HasWould(tree, trigger);
        int current = trigger;
        for (int step = 0; step < MaxSteps && mark != Mark.Negated; step++)
        {
            int governor = tree.Head(current);
            if (governor < 0)
            {
                break;
            }
            if (tree.Is(current, "conj"))
            {
                if (tree.Child(current, "nsubj") >= 0 || tree.Child(current, "nsubj:pass") >= 0 || tree.Child(current, "aux") >= 0)
                {
                    // "has not confirmed the strike, but it has accused the Taliban": a clause with its own subject or
                    // auxiliary says for itself whether and when.
                    break;
                }
                // "will meet X and sign Y": the first conjunct's auxiliaries hold for the second.
                mark = Max(mark, Auxiliaries(tree, governor));
                current = governor;
                continue;
            }
            if (!IsEmbedding(tree, current))
            {
                break;
            }
            string lemma = Key(tree, governor);
            if (cues.ReportingVerbs.Contains(lemma))
            {
                // "said it would send aid": a past report of what was to come is the future, not a possibility.
                if (mark == Mark.Hypothetical && wouldOnly && tree.Doc.Strings[tree.Doc.Xpos[governor]] is "VBD" or "VBN")
                {
                    mark = Mark.Future;
                }
                break;
            }
            if (cues.NegatingGovernors.Contains(lemma))
            {
                // "refused to meet" is negated; "cannot rule out a meeting" is a possibility, not a denial.
                mark = Max(mark, Own(tree, governor) is Mark.Negated or Mark.Hypothetical ? Mark.Hypothetical : Mark.Negated);
                break;
            }
            if (cues.HypotheticalGovernors.Contains(lemma))
            {
                mark = Max(mark, Mark.Hypothetical);
            }
            else if (cues.FutureGovernors.Contains(lemma))
            {
                mark = Max(mark, Mark.Future);
            }
            bool nounArgument = current == trigger && tree.Upos(trigger) is "NOUN" or "PROPN"
                && (tree.Is(current, "obj") || tree.Is(current, "nsubj") || tree.Is(current, "nsubj:pass"));
            if (tree.Is(current, "xcomp") || tree.Is(current, "ccomp") || tree.Is(current, "advcl") || nounArgument)
            {
                // An event noun shares the marks of the verb it is an argument of: "he would not hold talks",
                // "a meeting would be their first".
                if (nounArgument && Own(tree, governor) == Mark.Hypothetical && HasWould(tree, governor))
                {
                    wouldOnly = true;
                }
                // "could agree to meet", "did not manage to meet": the governor's own marks carry down its complement.
                mark = Max(mark, Own(tree, governor));
            }
            current = governor;
        }
        if (mark == Mark.None && tree.Upos(trigger) is "VERB" && ClauseTense.Of(tree, trigger) == Tense.Future)
        {
            mark = Mark.Future;
        }
        return mark switch
        {
            Mark.Negated => Modality.Negated,
            Mark.Hypothetical => Modality.Hypothetical,
            Mark.Future => Modality.Future,
            _ => Modality.Asserted,
        };
    }

    /// <summary>
    /// The governor's lemma as the cue lists write it: with its particle or the word it governs when the lists
    /// hold that pair ("rule out", "call off", "take place"), else alone.
    /// </summary>
    private string Key(DependencyTree tree, int governor)
    {
        string lemma = tree.Lemma(governor).ToLowerInvariant();
        foreach (int c in tree.Children(governor))
        {
            if (tree.Is(c, "compound:prt") || tree.Is(c, "obj"))
            {
                string pair = lemma + " " + tree.Lemma(c).ToLowerInvariant();
                if (cues.NegatingGovernors.Contains(pair) || cues.HypotheticalGovernors.Contains(pair) || cues.FutureGovernors.Contains(pair)
                    || cues.RealisingVerbs.Contains(pair))
                {
                    return pair;
                }
            }
        }
        return lemma;
    }

    private static bool HasWould(DependencyTree tree, int i)
    {
        foreach (int c in tree.Children(i))
        {
            if (tree.Is(c, "aux") && tree.Word(c).Equals("would", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The marks on a predicate itself: negators, modal and future auxiliaries, modifiers, a conditional.</summary>
    private Mark Own(DependencyTree tree, int i)
    {
        var mark = Auxiliaries(tree, i);
        foreach (int c in tree.Children(i))
        {
            string lemma = tree.Lemma(c);
            if ((tree.Is(c, "det") || tree.Is(c, "advmod")) && cues.Negators.Contains(lemma))
            {
                return Mark.Negated;
            }
            if (tree.Is(c, "mark") && lemma is "if" or "unless" or "whether")
            {
                mark = Max(mark, Mark.Hypothetical);
            }
            else if (tree.Is(c, "mark") && lemma == "to" && tree.Head(i) < 0 && tree.Child(i, "nsubj") >= 0)
            {
                // A headline's "EU to impose new sanctions", "Biden to visit Japan": what is planned, not yet done.
                mark = Max(mark, Mark.Future);
            }
            else if (tree.Is(c, "amod") || tree.Is(c, "advmod") || tree.Is(c, "compound"))
            {
                if (cues.HypotheticalModifiers.Contains(lemma))
                {
                    mark = Max(mark, Mark.Hypothetical);
                }
                else if (cues.FutureModifiers.Contains(lemma))
                {
                    mark = Max(mark, Mark.Future);
                }
            }
        }
        return mark;
    }

    private Mark Auxiliaries(DependencyTree tree, int i)
    {
        var mark = Mark.None;
        foreach (int c in tree.Children(i))
        {
            if (!tree.Is(c, "aux") && !tree.Is(c, "advmod") && !tree.Is(c, "cop"))
            {
                continue;
            }
            string word = tree.Word(c).ToLowerInvariant();
            string lemma = tree.Lemma(c);
            if (cues.Negators.Contains(lemma) || cues.Negators.Contains(word))
            {
                return Mark.Negated;
            }
            if (tree.Is(c, "aux") && (cues.HypotheticalAuxiliaries.Contains(word) || cues.HypotheticalAuxiliaries.Contains(lemma)))
            {
                mark = Max(mark, Mark.Hypothetical);
            }
            else if (tree.Is(c, "aux") && (cues.FutureAuxiliaries.Contains(word) || cues.FutureAuxiliaries.Contains(lemma)))
            {
                mark = Max(mark, Mark.Future);
            }
        }
        return mark;
    }

    /// <summary>True when <paramref name="i"/> is governed as a complement, argument or modifier whose meaning its governor frames.</summary>
    private static bool IsEmbedding(DependencyTree tree, int i) =>
        tree.Is(i, "xcomp") || tree.Is(i, "ccomp") || tree.Is(i, "obj") || tree.Is(i, "obl") || tree.Is(i, "nmod")
        || tree.Is(i, "acl") || tree.Is(i, "advcl") || tree.Is(i, "csubj") || (tree.Is(i, "nsubj") && tree.Upos(i) is "NOUN" or "PROPN");

    private static Mark Max(Mark a, Mark b) => a >= b ? a : b;
}
