using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back to the subject the determiner and adjectives that open it when the parse hung them on the verb: "A
/// Turkish F-16 downed a drone" ("A" and "Turkish" on "downed"), "the military rescued the passengers" ("the" on
/// "rescued", "military" read as an adjective), "a third died later". The greedy parser attaches a determiner to
/// the verb when it cannot see the noun it opens as one (a designation, an adjective used as a noun, a title before a
/// name), and the event loses the words that say whose the subject is ("Turkish"). UD never hangs a determiner or an
/// adjective on a verb to its right. The repair is narrow: a det or amod of a verb, before that verb's subject, with
/// every word between them in the subject or hung the same way, now describes the subject.
/// </summary>
internal static class StrandedModifierRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int t = start; t < end; t++)
        {
            int verb = doc.Heads[t];
            if (verb <= t || !IsStranded(doc, t, verb))
            {
                continue;
            }
            int subject = SubjectAfter(doc, t, verb, start, end);
            if (subject < 0)
            {
                continue;
            }
            for (int m = t; m < subject; m++)
            {
                if (doc.Heads[m] == verb && IsStranded(doc, m, verb))
                {
                    doc.Heads[m] = subject;
                }
            }
        }
    }

    /// <summary>True when token <paramref name="t"/> is a determiner or adjective hung on the verb <paramref name="verb"/> as det or amod.</summary>
    private static bool IsStranded(Document doc, int t, int verb) =>
        doc.Strings[doc.Deps[t]] is "det" or "amod" or "det:predet" && doc.Strings[doc.Upos[t]] is "DET" or "ADJ"
        && verb >= 0 && doc.Strings[doc.Upos[verb]] is "VERB" or "AUX";

    /// <summary>
    /// The subject of <paramref name="verb"/> between <paramref name="t"/> and the verb, when every word between
    /// <paramref name="t"/> and it belongs to it or is hung on the verb as <paramref name="t"/> is; else -1.
    /// </summary>
    private static int SubjectAfter(Document doc, int t, int verb, int start, int end)
    {
        int subject = -1;
        for (int c = t + 1; c < verb && subject < 0; c++)
        {
            subject = doc.Heads[c] == verb && doc.Strings[doc.Deps[c]] is "nsubj" or "nsubj:pass"
                && doc.Strings[doc.Upos[c]] is "NOUN" or "PROPN" or "ADJ" or "NUM" ? c : -1;
        }
        if (subject < 0)
        {
            return -1;
        }
        for (int m = t + 1; m < subject; m++)
        {
            if (!IsStranded(doc, m, verb) && !OpeningModifierRepair.Below(doc, m, subject, start, end))
            {
                return -1;
            }
        }
        return subject;
    }
}
