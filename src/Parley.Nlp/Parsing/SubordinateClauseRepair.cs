using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its clause to a subordinator that the parser read as a preposition: "Tensions rose after Israel bombed
/// the embassy", "Clashes erupted after security forces killed two protesters", "This came after China donated
/// vaccines". News tells an event as the cause or the time of another this way at every turn, and the greedy parser,
/// which saw "after the war" far more often than "after Israel bombed", makes the subject the preposition's object and
/// the verb a second verb of the main clause (or a modifier of its own object), so the event loses its doer. The
/// repair is narrow: "after", "before", "since", "until" or "till" read as the case of a noun phrase that hangs from a
/// verb, followed at once by a past verb that does not take that noun phrase as its subject. The verb becomes an
/// adverbial clause of the main verb, introduced by the subordinator, with the noun phrase as its subject; a noun the
/// verb modified becomes its object.
/// </summary>
internal static class SubordinateClauseRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int p = start; p < end; p++)
        {
            if (doc.Strings[doc.Deps[p]] != "case" || doc.Strings[doc.Upos[p]] != "ADP" || !IsSubordinator(Word(doc, p)))
            {
                continue;
            }
            int subject = doc.Heads[p];
            if (subject <= p || subject >= end || doc.Strings[doc.Upos[subject]] is not ("NOUN" or "PROPN" or "PRON"))
            {
                continue;
            }
            int main = doc.Heads[subject];
            int verb = LastOf(doc, subject, start, end) + 1;
            if (main < 0 || verb >= end || doc.Strings[doc.Upos[main]] is not ("VERB" or "AUX") || !IsPastVerb(doc, verb, end)
                || doc.Heads[subject] == verb || OpeningModifierRepair.Below(doc, main, verb, start, end))
            {
                continue;
            }
            int modified = doc.Heads[verb];
            doc.Heads[verb] = main;
            doc.Deps[verb] = doc.Strings.Add("advcl");
            doc.Heads[subject] = verb;
            doc.Deps[subject] = doc.Strings.Add("nsubj");
            doc.Heads[p] = verb;
            doc.Deps[p] = doc.Strings.Add("mark");
            if (modified > verb && doc.Strings[doc.Upos[modified]] is "NOUN" or "PROPN")
            {
                // "donated vaccines", read as an adjective on "vaccines": the noun is what was done.
                doc.Heads[modified] = verb;
                doc.Deps[modified] = doc.Strings.Add("obj");
            }
        }
    }

    private static ReadOnlySpan<char> Word(Document doc, int i) => doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]);

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
        return xpos == "VBN" && Word(doc, v).EndsWith("ed", StringComparison.Ordinal) && v + 1 < end
            && doc.Strings[doc.Upos[v + 1]] is "DET" or "NOUN" or "PROPN" or "PRON" or "NUM";
    }

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
