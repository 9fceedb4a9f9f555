using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives a reported clause with no "that" back its subject: "Witnesses said Israeli forces fired on demonstrators",
/// "Witnesses reported security forces fired tear gas at the crowd". The greedy parser takes the clause's subject as
/// the object of the verb of saying and hangs the clause's verb either on that noun as a reduced relative (acl, the
/// tagger calling it a participle) or on the verb of saying as a second verb joined to it with nothing to join them;
/// either way the deed loses its doer. A verb of saying does not take a person or a thing done to as its object, so
/// its object followed by a verb is the subject of a reported clause. The repair: the object of such a verb, with a
/// verb after it that hangs on it as acl or on the verb of saying as a conjunct with no "and", no comma and no
/// subject of its own, becomes that verb's subject, and the verb the complement (ccomp), read as a simple past.
/// "reported" also takes things as objects ("reported 144 deaths recorded in Lombardy"), so after it the verb must
/// have an object of its own, which no reduced relative has. Left alone: a participle with an auxiliary or a "by"
/// agent ("said the men detained by police were released").
/// </summary>
internal static class ReportedSubjectRepair
{
    /// <summary>Verbs of saying and believing that take a clause, and almost never a noun, as what they say.</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "say", "claim", "allege", "believe", "think", "insist", "argue", "assert", "contend", "add", "report",
    };

    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        if ((doc.Present & Annotations.Lemmas) == 0)
        {
            return;
        }
        int end = start + length;
        for (int noun = start + 1; noun < end; noun++)
        {
            int saying = doc.Heads[noun];
            if (saying < start || saying >= noun || doc.Strings[doc.Deps[noun]] != "obj" || doc.Strings[doc.Upos[saying]] != "VERB"
                || !SayingVerbs.Contains(doc.Strings[doc.Lemmas[saying]]))
            {
                continue;
            }
            int verb = ReportedVerb(doc, saying, noun, start, end);
            if (verb < 0)
            {
                continue;
            }
            ClauseArcs.Attach(doc, verb, saying, "ccomp");
            ClauseArcs.Attach(doc, noun, verb, "nsubj");
            if (doc.Strings[doc.Xpos[verb]] == "VBN")
            {
                doc.Xpos[verb] = doc.Strings.Add("VBD");
            }
        }
    }

    /// <summary>
    /// The verb that <paramref name="noun"/>, the object of <paramref name="saying"/>, is the subject of: the first
    /// verb after the noun, with only the noun's words or the verb's adverb between them, that hangs on the noun as acl or on the verb of saying as a bare conjunct, with
    /// no auxiliary, subject or "by" agent of its own; -1 when there is none.
    /// </summary>
    private static int ReportedVerb(Document doc, int saying, int noun, int start, int end)
    {
        int after = noun + 1;
        while (after < end && doc.Strings[doc.Upos[after]] != "VERB")
        {
            after++;
        }
        if (after >= end || doc.Strings[doc.Xpos[after]] is not ("VBD" or "VBN"))
        {
            return -1;
        }
        for (int t = noun + 1; t < after; t++)
        {
            // The words between are the noun's own ("forces in the north") or the verb's adverb ("also").
            bool adverb = doc.Heads[t] == after && doc.Strings[doc.Deps[t]] == "advmod";
            if (!adverb && (!Governs(doc, noun, t) || Governs(doc, after, t)))
            {
                return -1;
            }
        }
        string dep = doc.Strings[doc.Deps[after]];
        bool reducedRelative = doc.Heads[after] == noun && dep == "acl";
        bool bareConjunct = doc.Heads[after] == saying && dep == "conj";
        if (!reducedRelative && !bareConjunct)
        {
            return -1;
        }
        bool hasObject = false;
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] != after)
            {
                continue;
            }
            string childDep = doc.Strings[doc.Deps[c]];
            if (childDep.StartsWith("aux", StringComparison.Ordinal) || childDep.StartsWith("nsubj", StringComparison.Ordinal)
                || childDep is "obl:agent" or "cc" or "cop" || (c < after && doc.Strings[doc.Upos[c]] == "PUNCT"))
            {
                return -1;
            }
            hasObject |= childDep == "obj";
        }
        return hasObject || doc.Strings[doc.Lemmas[saying]] != "report" ? after : -1;
    }

    /// <summary>True when <paramref name="token"/> hangs, directly or through others, from <paramref name="head"/>.</summary>
    private static bool Governs(Document doc, int head, int token)
    {
        for (int h = doc.Heads[token], steps = 0; h >= 0 && steps < 64; h = doc.Heads[h], steps++)
        {
            if (h == head)
            {
                return true;
            }
        }
        return false;
    }
}
