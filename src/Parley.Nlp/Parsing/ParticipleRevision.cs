using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Lets the parse revise the tagger's choice of a past participle over a simple past. The tagger learned from web
/// text, where a verb in "-ed" after a noun is mostly a passive or a reduced relative ("the man arrested Tuesday"),
/// and news tells its events in the simple past after a noun ("a Pakistani military operation rescued 190
/// passengers", "soldiers and police used tear gas"); the parser then hangs the verb on the noun as a modifier and
/// the event loses its doer. What the tagger cannot see, the parse shows: a participle that takes a direct object
/// with no auxiliary is active, and an active past without an auxiliary is the simple past. So a verb tagged VBN
/// with no auxiliary, copula or passive subject, with an object after it, is read as VBD when it modifies the noun
/// right before it (acl or amod) or has a subject of its own before it; the sentence is then parsed again with that
/// tag, and the parser places the verb. So is a participle that opens the second of two clauses joined by ", and"
/// after its subject (<see cref="OpensCoordinatedClause"/>), which the parse shows as a modifier with no object.
/// Left alone: verbs whose passive keeps an object or takes a name or a predicate ("a woman named Elizabeth", "a
/// group called Hamas", "the man given a medal", "residents held hostage"), and forms whose spelling marks them as
/// participles ("taken", "shown", "done"): only forms in "-ed", or irregular ones in "d", "t", "ck" or "ght" whose
/// past is spelt the same ("held", "led", "shot", "struck", "fought").
/// </summary>
internal static class ParticipleRevision
{
    /// <summary>
    /// Retags, in the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/> (just parsed, heads
    /// are document indices), each participle the parse shows to be a simple past; true when it retagged any, so that
    /// the sentence must be parsed again.
    /// </summary>
    public static bool Apply(Document doc, int start, int length)
    {
        if ((doc.Present & Annotations.Lemmas) == 0)
        {
            // Which verbs keep an object in the passive is known by lemma.
            return false;
        }
        int end = start + length;
        int simplePast = -1;
        for (int v = start + 1; v < end; v++)
        {
            if (IsSimplePast(doc, v, start, end))
            {
                simplePast = simplePast < 0 ? doc.Strings.Add("VBD") : simplePast;
                doc.Xpos[v] = simplePast;
            }
        }
        return simplePast >= 0;
    }

    private static bool IsSimplePast(Document doc, int v, int start, int end)
    {
        // A capitalised word within the sentence is a name ("Mohamed Hussein Tantawi") or a headline's word.
        if (doc.Strings[doc.Xpos[v]] != "VBN" || doc.Strings[doc.Upos[v]] != "VERB" || char.IsUpper(doc.Text[doc.Starts[v]])
            || !SpeltAsPast(ClauseArcs.Word(doc, v)) || IsTwoObjectVerb(doc, v))
        {
            return false;
        }
        bool hasObject = false;
        bool hasSubject = false;
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] != v)
            {
                continue;
            }
            string dep = doc.Strings[doc.Deps[c]];
            if (dep.StartsWith("aux", StringComparison.Ordinal) || dep is "cop" or "nsubj:pass" or "expl")
            {
                return false;
            }
            if (dep == "obj" && c > v)
            {
                // "held hostage", "taken prisoner": the noun says what the object became, not what was done to.
                if (IsStateNoun(ClauseArcs.Word(doc, c)))
                {
                    return false;
                }
                hasObject = true;
            }
            hasSubject |= dep == "nsubj" && c < v;
        }
        string rel = doc.Strings[doc.Deps[v]];
        bool modifiesNounBefore = rel is "acl" or "amod" && doc.Heads[v] < v && NounBefore(doc, v, start);
        return ((hasObject && (hasSubject || modifiesNounBefore)) || OpensCoordinatedClause(doc, v, start, end)) && !AuxiliaryBefore(doc, v, start);
    }

    /// <summary>
    /// True when <paramref name="v"/> follows ", and" (or ", but") and a plain noun phrase, after a clause with a finite
    /// verb of its own, and goes on as a verb does: "Estonia removed the memorial, and ethnic Russian youths rioted for
    /// a second night", "fighting broke out on Sunday, and both sides reported casualties". A second clause's verb
    /// right after its subject is finite; a participle there modifies a noun of a list ("Meteorites, and dust particles
    /// collected by U2") or stands for a passive whose auxiliary is left out ("four were killed, and 35 others
    /// injured,"), and then an agent, a predicate adjective or a comma follows it.
    /// </summary>
    private static bool OpensCoordinatedClause(Document doc, int v, int start, int end)
    {
        int c = v - 1;
        while (c > start && v - c <= 8 && CoordinatedClauseRepair.IsNounPhraseWord(doc, c))
        {
            c--;
        }
        if (c == v - 1 || c < start + 2 || !CoordinatedClauseRepair.IsJoiningConjunction(doc, c)
            || doc.Strings[doc.Upos[v - 1]] is not ("NOUN" or "PROPN" or "PRON" or "NUM") || v + 1 >= end)
        {
            return false;
        }
        bool finiteBefore = false;
        for (int t = start; t < c - 1; t++)
        {
            finiteBefore |= doc.Strings[doc.Xpos[t]] is "VBD" or "VBZ" or "VBP" or "MD";
        }
        string next = doc.Strings[doc.Upos[v + 1]];
        // A list's last noun before the comma ("buildings, equipment, and property captured from ...") ends a list, not a clause.
        bool listBefore = doc.Strings[doc.Deps[c - 2]] == "conj" && doc.Strings[doc.Upos[c - 2]] is "NOUN" or "PROPN";
        return finiteBefore && !listBefore && !ReducedRelativeAfter(doc, v, end)
            && next is "DET" or "NOUN" or "PROPN" or "NUM" or "PRON" or "ADV" or "PART" or "SCONJ" or "ADP";
    }

    /// <summary>
    /// True when what follows <paramref name="v"/> up to the next comma shows a reduced relative: an agent ("a video
    /// clip posted on the Internet by ...", not "responded by barring") or the noun phrase's own finite verb ("the deal
    /// signed with Ukraine is expected to ...").
    /// </summary>
    private static bool ReducedRelativeAfter(Document doc, int v, int end)
    {
        for (int t = v + 1; t < end && !ClauseArcs.Word(doc, t).SequenceEqual(","); t++)
        {
            if (ClauseArcs.Word(doc, t).Equals("by", StringComparison.OrdinalIgnoreCase) && !(t + 1 < end && doc.Strings[doc.Xpos[t + 1]] == "VBG"))
            {
                return true;
            }
            if (doc.Strings[doc.Xpos[t]] is "VBD" or "VBZ" or "VBP" or "MD" || doc.Strings[doc.Upos[t]] == "CCONJ" && t + 1 < end && doc.Strings[doc.Upos[t + 1]] == "AUX")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when an auxiliary stands before <paramref name="v"/> in its clause, parted from it by a phrase the parse
    /// may have misread ("has for years pressed", "have with great satisfaction signed"): the participle is one.
    /// </summary>
    private static bool AuxiliaryBefore(Document doc, int v, int start)
    {
        for (int k = v - 1; k >= start; k--)
        {
            string upos = doc.Strings[doc.Upos[k]];
            if (upos == "AUX")
            {
                return true;
            }
            if (upos is "VERB" or "PUNCT" or "SCONJ" or "CCONJ" || doc.Strings[doc.Xpos[k]] is "WDT" or "WP")
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>True when the word before <paramref name="v"/> (past one adverb, "narrowly") can end its subject.</summary>
    private static bool NounBefore(Document doc, int v, int start)
    {
        int k = v - 1;
        if (k > start && doc.Strings[doc.Upos[k]] == "ADV")
        {
            k--;
        }
        return k >= start && doc.Strings[doc.Upos[k]] is "NOUN" or "PROPN" or "PRON" or "NUM";
    }

    /// <summary>
    /// True when <paramref name="word"/> can be a simple past as spelt: regular ("-ed"), or an irregular form whose past
    /// and participle are the same ("held", "shot", "struck", "fought"); not "taken", "shown", "done", "begun".
    /// </summary>
    private static bool SpeltAsPast(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ght", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("ck", StringComparison.OrdinalIgnoreCase)
        || ((word.EndsWith("d", StringComparison.OrdinalIgnoreCase) || word.EndsWith("t", StringComparison.OrdinalIgnoreCase))
            && !word.EndsWith("nd", StringComparison.OrdinalIgnoreCase) && word.Length > 2);

    /// <summary>
    /// Verbs whose passive participle still takes an object: a second object ("given a medal", "denied entry", "charged
    /// a fee"), a name ("named", "called", "dubbed") or a predicate ("elected president", "declared a winner").
    /// </summary>
    private static readonly HashSet<string> TwoObjectVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "give", "award", "grant", "offer", "show", "send", "tell", "ask", "pay", "hand", "promise", "deny", "allow", "charge",
        "fine", "owe", "lend", "loan", "issue", "teach", "assign", "name", "call", "dub", "nickname", "title", "entitle",
        "label", "term", "brand", "elect", "appoint", "make", "consider", "declare", "crown", "deem", "find", "leave", "keep",
        "cost", "spare", "bill", "feed", "serve", "guarantee", "base", "estimate", "age",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TwoObjectLookup = TwoObjectVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> StateNouns = new(StringComparer.OrdinalIgnoreCase) { "hostage", "hostages", "captive", "prisoner", "prisoners" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateNounLookup = StateNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsStateNoun(ReadOnlySpan<char> word) => StateNounLookup.Contains(word);

    /// <summary>True when token <paramref name="v"/>'s lemma is one of <see cref="TwoObjectVerbs"/>.</summary>
    private static bool IsTwoObjectVerb(Document doc, int v) => TwoObjectLookup.Contains(doc.Strings[doc.Lemmas[v]]);

}
