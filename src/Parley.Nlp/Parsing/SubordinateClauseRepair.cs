using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its clause to a subordinator that the parser read as a preposition: "Tensions rose after Israel bombed
/// the embassy", "Clashes erupted after security forces killed two protesters", "This came after China donated
/// vaccines". News tells an event as the cause or the time of another this way at every turn, and the greedy parser,
/// which saw "after the war" far more often than "after Israel bombed", makes the subject the preposition's object and
/// the verb a second verb of the main clause (or a modifier of its own object, or takes the subject as the verb's own
/// oblique), so the event loses its doer, and a second verb of the main clause even takes the main clause's. The
/// repair is narrow: "after", "before", "since", "until" or "till" read as the case of a noun phrase, followed at once
/// by a past verb that has no subject of its own. The verb becomes an adverbial clause, introduced by the
/// subordinator, of what the noun phrase hung from (a verb, or a noun of time: "a day after police raided", "the first
/// time since the talks resumed"), with the noun phrase as its subject; a noun the verb modified becomes its object.
/// </summary>
internal static class SubordinateClauseRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int p = start; p < end; p++)
        {
            if (doc.Strings[doc.Deps[p]] != "case" || doc.Strings[doc.Upos[p]] != "ADP" || !IsSubordinator(ClauseArcs.Word(doc, p)))
            {
                continue;
            }
            int subject = doc.Heads[p];
            if (subject <= p || subject >= end || doc.Strings[doc.Upos[subject]] is not ("NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }
            int verb = LastOf(doc, subject, start, end) + 1;
            if (verb >= end || !IsPastVerb(doc, verb, end) || ClauseArcs.HasSubjectBesides(doc, verb, subject, start, end))
            {
                continue;
            }
            int host = Host(doc, p, subject, verb, start, end);
            if (host < 0 || host == verb || OpeningModifierRepair.Below(doc, host, verb, start, end))
            {
                continue;
            }
            int modified = doc.Heads[verb];
            ClauseArcs.Attach(doc, verb, host, "advcl");
            ClauseArcs.Attach(doc, subject, verb, "nsubj");
            ClauseArcs.Attach(doc, p, verb, "mark");
            if (modified > verb && doc.Strings[doc.Upos[modified]] is "NOUN" or "PROPN")
            {
                // "donated vaccines", read as an adjective on "vaccines": the noun is what was done.
                ClauseArcs.Attach(doc, modified, verb, "obj");
            }
        }
    }

    /// <summary>
    /// What the clause modifies: the word the noun phrase hung from as the preposition's object ("rose after Israel"),
    /// or, when the parser hung the noun phrase on the clause's own verb ("protesters" as an oblique of "ransacked",
    /// itself a second verb of "cut"), the word that verb hung from. A noun keeps the clause only when it is a span of
    /// time just before the subordinator ("a day after police raided", "the first time since the talks resumed");
    /// another noun ("cut ties with Iran after ...", "lifted at midnight after ...") passes it up to the predicate it
    /// belongs to, which the clause tells the time or the cause of. -1 when there is none.
    /// </summary>
    private static int Host(Document doc, int p, int subject, int verb, int start, int end)
    {
        int host = doc.Heads[subject];
        if (host == verb)
        {
            host = doc.Heads[verb];
        }
        for (int steps = 0; steps < end - start && host >= 0; steps++)
        {
            if (doc.Strings[doc.Upos[host]] is "VERB" or "AUX" or "ADJ"
                || (host == p - 1 && doc.Strings[doc.Upos[host]] == "NOUN" && TimeSpans.Contains(ClauseArcs.Word(doc, host))))
            {
                return host;
            }
            host = doc.Heads[host];
        }
        return -1;
    }

    private static readonly HashSet<string> TimeSpanWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "time", "times", "moment", "decade", "decades",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeSpans = TimeSpanWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsSubordinator(ReadOnlySpan<char> word) =>
        word.Equals("after", StringComparison.OrdinalIgnoreCase) || word.Equals("before", StringComparison.OrdinalIgnoreCase)
        || word.Equals("since", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("till", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when token <paramref name="v"/> is a verb in the simple past, or an "-ed" form tagged as a participle that is
    /// followed by what opens an object ("donated vaccines", "seized a tanker"): no auxiliary stands before it, so it is
    /// finite.
    /// </summary>
    private static bool IsPastVerb(Document doc, int v, int end)
    {
        if (doc.Strings[doc.Upos[v]] != "VERB")
        {
            return false;
        }
        string xpos = doc.Strings[doc.Xpos[v]];
        if (xpos == "VBD")
        {
            return true;
        }
        return xpos == "VBN" && ClauseArcs.Word(doc, v).EndsWith("ed", StringComparison.Ordinal) && v + 1 < end
            && (doc.Strings[doc.Upos[v + 1]] is "DET" or "NOUN" or "PROPN" or "PRON" or "NUM" || IsInfinitive(doc, v + 1, end));
    }

    /// <summary>"to" and a verb: "threatened to behead", "agreed to give"; a participle modifying a noun is rarely followed by one.</summary>
    private static bool IsInfinitive(Document doc, int t, int end) =>
        t + 1 < end && ClauseArcs.Word(doc, t).Equals("to", StringComparison.OrdinalIgnoreCase) && doc.Strings[doc.Upos[t]] == "PART"
        && doc.Strings[doc.Upos[t + 1]] == "VERB";

    /// <summary>The last token of the noun phrase headed by <paramref name="head"/>: the words after it that hang from it, up to a verb.</summary>
    private static int LastOf(Document doc, int head, int start, int end)
    {
        int last = head;
        while (last + 1 < end && doc.Strings[doc.Upos[last + 1]] is not ("VERB" or "AUX") && OpeningModifierRepair.Below(doc, last + 1, head, start, end))
        {
            last++;
        }
        return last;
    }
}
