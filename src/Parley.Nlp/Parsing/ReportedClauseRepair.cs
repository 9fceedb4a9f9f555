using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its reported clause to a verb of saying: "France announced on Thursday it would withdraw its troops",
/// "Iran said Monday it had seized a tanker". With a time phrase between the verb and a clause that has no "that", the
/// greedy parser reads the clause as a second verb joined to the first, though nothing joins them: no "and" or "but",
/// no comma. The repair: a verb's conjunct that has a subject of its own, no coordinating word and no mark of
/// punctuation between it and the verb is the verb's clausal complement.
/// </summary>
internal static class ReportedClauseRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int v = start; v < end; v++)
        {
            int head = doc.Heads[v];
            if (head < start || head >= v || doc.Strings[doc.Deps[v]] != "conj" || doc.Strings[doc.Upos[v]] is not ("VERB" or "AUX")
                || doc.Strings[doc.Upos[head]] != "VERB")
            {
                continue;
            }
            bool subject = false, joined = false;
            for (int c = start; c < end; c++)
            {
                if (doc.Heads[c] != v)
                {
                    continue;
                }
                subject |= doc.Strings[doc.Deps[c]] is "nsubj" or "nsubj:pass";
                joined |= doc.Strings[doc.Deps[c]] is "cc" || (c < v && doc.Strings[doc.Upos[c]] == "PUNCT");
            }
            for (int t = head + 1; t < v && !joined; t++)
            {
                joined = doc.Strings[doc.Upos[t]] is "PUNCT" or "CCONJ";
            }
            if (subject && !joined)
            {
                doc.Deps[v] = doc.Strings.Add("ccomp");
            }
        }
    }
}
