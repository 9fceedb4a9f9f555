using Parley.Coding.Actors;
using Parley.Text;

namespace Parley.Coding.Typing;

/// <summary>
/// The tokens that may express an event for the event model to type: verbs that head a clause or a participial
/// phrase, adjectives under a copula ("is ready"), and nouns that head an argument or a clause of their own ("the
/// attack", "sanctions on Iran"), but never a word inside an actor's name or an auxiliary, nor a verb that only
/// governs the event (<see cref="GoverningVerbs"/>).
/// </summary>
internal static class PredicateCandidates
{
    /// <summary>Relations whose dependent is never a predicate of its own.</summary>
    private static readonly HashSet<string> FunctionRelations = new(StringComparer.Ordinal)
    {
        "aux", "cop", "det", "case", "mark", "cc", "punct", "fixed", "flat", "goeswith", "reparandum", "discourse",
        "compound", "expl", "dep", "vocative", "list", "orphan",
    };

    /// <summary>Relations of a noun that stands for an event in its clause: an argument, or a clause head.</summary>
    private static readonly HashSet<string> NominalRelations = new(StringComparer.Ordinal)
    {
        "root", "obj", "nsubj", "obl", "nmod", "conj", "appos", "xcomp", "ccomp", "parataxis",
    };

    public static bool IsCandidate(DependencyTree tree, int i, ArticleActors actors)
    {
        string dep = Coarse(tree.Dep(i));
        if (FunctionRelations.Contains(dep) || actors.At(i) is not null)
        {
            return false;
        }
        return tree.Upos(i) switch
        {
            // "continued to shell", "carried out attacks": the governed word is asked instead (GoverningVerbs).
            "VERB" => dep != "amod" && GoverningVerbs.Complement(tree, i) < 0,
            "ADJ" => tree.Child(i, "cop") >= 0 || dep is "root" or "xcomp",
            "NOUN" => NominalRelations.Contains(dep) && IsEventive(tree.Lemma(i)),
            _ => false,
        };
    }

    /// <summary>Endings of nouns made from verbs ("invasion", "agreement", "withdrawal", "seizure", "blockade").</summary>
    private static readonly string[] EventSuffixes = ["tion", "sion", "ment", "ance", "ence", "al", "ure", "ade", "age", "ing"];

    /// <summary>Nouns that name an event without a verb's ending.</summary>
    private static readonly HashSet<string> EventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "strike", "raid", "visit", "trip", "talk", "talks", "meeting", "summit", "call", "protest", "rally", "march", "clash",
        "fighting", "war", "assault", "offensive", "bombing", "shelling", "arrest", "ban", "sanction", "embargo", "aid", "deal",
        "truce", "ceasefire", "cease-fire", "threat", "warning", "appeal", "plea", "demand", "request", "offer", "pledge", "promise",
        "vow", "boycott", "coup", "killing", "kidnapping", "abduction", "massacre", "crackdown", "siege", "airstrike", "blast",
        "explosion", "ambush", "shooting", "riot", "unrest", "dispute", "accusation", "criticism", "condemnation", "praise",
        "support", "backing", "veto", "fine", "charge", "trial", "verdict", "sentence", "probe", "inquiry", "investigation",
        "election", "vote", "referendum", "treaty", "accord", "pact", "alliance", "loan", "grant", "donation", "delivery", "sale",
        "purchase", "tariff", "curfew", "blockade", "evacuation", "rescue", "release", "return", "exchange", "swap", "handover",
        "invitation", "apology", "tribute", "condolence", "congratulation", "recognition", "expulsion", "deportation", "execution",
        "complaint", "lawsuit",
    };

    /// <summary>
    /// True for a noun that can name an event: one made from a verb (by its ending, or the same word as a verb such as
    /// "attack" or "visit"), or one of the usual event nouns. "A website", "a cocktail" and "the girls" cannot.
    /// </summary>
    public static bool IsEventive(string lemma)
    {
        if (lemma.Length < 3)
        {
            return false;
        }
        if (EventNouns.Contains(lemma))
        {
            return true;
        }
        foreach (var suffix in EventSuffixes)
        {
            if (lemma.Length >= suffix.Length + 3 && lemma.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when token <paramref name="i"/> is in a story's headline: the first sentence of a document that has a body,
    /// ending without a full stop. A sentence coded alone, or a story's opening sentence, is no headline.
    /// </summary>
    public static bool InHeadline(DependencyTree tree, int i)
    {
        if (tree.SentenceOf(i) != 0 || tree.Doc.SentenceStarts.Count < 2)
        {
            return false;
        }
        var (_, end) = tree.SentenceBounds(i);
        return tree.Word(end - 1) is not ("." or "!" or "?");
    }

    /// <summary>The relation without its subtype ("obl" for "obl:tmod").</summary>
    public static string Coarse(string dep)
    {
        int colon = dep.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? dep : dep[..colon];
    }
}
