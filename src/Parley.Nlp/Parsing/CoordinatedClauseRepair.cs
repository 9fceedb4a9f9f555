using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives its subject back to the second of two clauses joined by ", and" or ", but": "Cuba released Alan Gross on
/// Wednesday, and President Obama announced ...", "Estonia removed the memorial, and ethnic Russian youths rioted".
/// News tells two parties' deeds in one sentence this way, and the greedy parser, reading left to right, joins the
/// noun phrase after "and" to a noun of the first clause ("Wednesday and President Obama", "Julian Assange, and
/// Britain") or hangs it on the first verb as an oblique, and then takes the verb that follows for a second verb of the
/// first clause, which gives it the first clause's subject, or for a modifier of that noun phrase. The event loses its
/// doer, or gets the wrong one. The repair is narrow: "," then "and" or "but", then a plain noun phrase (determiners,
/// adjectives, numbers, nouns, names, a possessive), then a finite verb that has no subject of its own after the comma;
/// the first clause must have a verb of its own (not a list of names: "Russia, China, and Iran condemned"). The verb
/// becomes a conjunct of the first clause's predicate, with the noun phrase as its subject.
/// </summary>
internal static class CoordinatedClauseRepair
{
    /// <summary>Longest noun phrase read as the second clause's subject, in words.</summary>
    private const int MaxSubjectLength = 8;

    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int c = start + 2; c < end; c++)
        {
            if (!IsJoiningConjunction(doc, c))
            {
                continue;
            }
            int verb = c + 1;
            while (verb < end && verb - c <= MaxSubjectLength && IsNounPhraseWord(doc, verb))
            {
                verb++;
            }
            if (verb == c + 1 || verb >= end || !IsFinite(doc, verb))
            {
                continue;
            }
            int subject = PhraseHead(doc, c + 1, verb);
            if (subject >= 0 && doc.Heads[subject] == verb && doc.Strings[doc.Deps[subject]] == "nsubj" && doc.Heads[verb] >= start && doc.Heads[verb] < c)
            {
                // The parser read the second clause right: its own subject, hung on a word of the first.
                continue;
            }
            int first = FirstPredicate(doc, c - 2, verb, start, end);
            if (subject < 0 || first < 0 || first == subject || IsNotASubject(doc, subject) || OpeningModifierRepair.Below(doc, first, subject, start, end)
                || ClauseArcs.HasSubjectBesides(doc, verb, subject, start, end))
            {
                continue;
            }
            ClauseArcs.Attach(doc, subject, verb, "nsubj");
            ClauseArcs.Attach(doc, verb, first, "conj");
            ClauseArcs.Attach(doc, c, verb, "cc");
            ClauseArcs.Attach(doc, c - 1, verb, "punct");
        }
    }

    /// <summary>"and" or "but" after a comma.</summary>
    internal static bool IsJoiningConjunction(Document doc, int c) =>
        doc.Strings[doc.Upos[c]] == "CCONJ" && (ClauseArcs.Word(doc, c).Equals("and", StringComparison.OrdinalIgnoreCase) || ClauseArcs.Word(doc, c).Equals("but", StringComparison.OrdinalIgnoreCase))
        && ClauseArcs.Word(doc, c - 1).SequenceEqual(",");

    /// <summary>A word a plain noun phrase is made of: "the", "ethnic", "Russian", "youths", "nine", "Obama", "Iran 's".</summary>
    internal static bool IsNounPhraseWord(Document doc, int t) =>
        doc.Strings[doc.Upos[t]] is "DET" or "ADJ" or "NOUN" or "PROPN" or "NUM"
        || (doc.Strings[doc.Upos[t]] == "PRON" && doc.Strings[doc.Xpos[t]] is "PRP" or "PRP$")
        || (doc.Strings[doc.Upos[t]] == "PART" && doc.Strings[doc.Xpos[t]] == "POS");

    /// <summary>A finite verb: a simple past or a present (a participle or an infinitive opens no clause of its own here).</summary>
    private static bool IsFinite(Document doc, int v) =>
        doc.Strings[doc.Upos[v]] == "VERB" && doc.Strings[doc.Xpos[v]] is "VBD" or "VBZ" or "VBP";

    /// <summary>
    /// The one word of <c>[from, to)</c> that hangs outside it (the phrase's head), when the phrase ends in a noun,
    /// a name or a pronoun and its other words hang inside it; else -1.
    /// </summary>
    private static int PhraseHead(Document doc, int from, int to)
    {
        if (doc.Strings[doc.Upos[to - 1]] is not ("NOUN" or "PROPN" or "PRON" or "NUM"))
        {
            return -1;
        }
        int head = -1;
        for (int t = from; t < to; t++)
        {
            int h = doc.Heads[t];
            if (h >= from && h < to)
            {
                continue;
            }
            if (head >= 0)
            {
                return -1;
            }
            head = t;
        }
        return head;
    }

    /// <summary>
    /// The predicate of the clause before the comma: the highest word above the word before it that still stands
    /// before the comma, when it is a verb or the sentence's root (a copular clause, "X is the official name of
    /// China"), not below <paramref name="verb"/>; a verb inside that clause ("enjoyed working with you") is not its
    /// predicate. -1 when there is none, or no finite verb or auxiliary before the comma.
    /// </summary>
    private static int FirstPredicate(Document doc, int before, int verb, int start, int end)
    {
        bool finite = false;
        for (int t = start; t <= before; t++)
        {
            finite |= doc.Strings[doc.Xpos[t]] is "VBD" or "VBZ" or "VBP" or "MD";
        }
        if (!finite)
        {
            return -1;
        }
        int host = before;
        for (int steps = 0; steps < end - start; steps++)
        {
            int head = doc.Heads[host];
            if (head == verb)
            {
                return -1;
            }
            if (head < start || head > before)
            {
                break;
            }
            host = head;
        }
        bool predicate = doc.Strings[doc.Upos[host]] == "VERB" || doc.Heads[host] < 0;
        return predicate && !OpeningModifierRepair.Below(doc, host, verb, start, end) ? host : -1;
    }

    /// <summary>
    /// True when the parser read the phrase as what cannot be the clause's doer: an expletive ("and it appears the ..."),
    /// or a time ("but last week warned that ...").
    /// </summary>
    private static bool IsNotASubject(Document doc, int subject) =>
        doc.Strings[doc.Deps[subject]] is "expl" or "obl:unmarked" or "obl:tmod" or "nmod:unmarked" or "nmod:tmod";
}
