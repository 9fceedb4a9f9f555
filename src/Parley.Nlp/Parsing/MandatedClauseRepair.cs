using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// "Macron urged the president to avoid an escalation", "asked the Supreme Court to release", "allow troops to
/// enter": the infinitive says what the verb's person is asked, urged or allowed to do, its open complement (xcomp,
/// as EWT annotates "asked Bush to name"), with that person as its understood subject. The greedy parser sometimes
/// reads it as an adverbial clause of purpose (advcl), which cuts the asked-for deed from the person who is to do
/// it. The repair is narrow: a verb with an indirect object and no direct object, or a verb of asking, urging or
/// allowing with a direct object, whose "to" infinitive after that object has no subject of its own, takes the
/// infinitive as its xcomp. A purpose clause after two objects ("give me
/// a call to discuss") keeps advcl.
/// </summary>
internal static class MandatedClauseRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int person = start; person < end; person++)
        {
            int verb = doc.Heads[person];
            if (verb < 0 || !IsPerson(doc, person, verb, start, end))
            {
                continue;
            }
            for (int c = person + 1; c < end; c++)
            {
                if (doc.Heads[c] == verb && doc.Strings[doc.Deps[c]] == "advcl" && IsBareInfinitive(doc, c, start, end))
                {
                    doc.Deps[c] = doc.Strings.Add("xcomp");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="person"/> is the one <paramref name="verb"/> asks to act: its indirect object when it has
    /// no direct one, or the direct object of a verb of asking, urging or allowing (<see cref="PersuadingVerbs"/>).
    /// </summary>
    private static bool IsPerson(Document doc, int person, int verb, int start, int end)
    {
        string dep = doc.Strings[doc.Deps[person]];
        if (dep == "iobj")
        {
            return !HasChild(doc, verb, "obj", start, end);
        }
        return dep == "obj" && (doc.Present & Annotations.Lemmas) != 0 && PersuadingVerbs.Contains(doc.Strings[doc.Lemmas[verb]]);
    }

    /// <summary>
    /// Verbs whose object is asked, urged, allowed or made to do what the infinitive after it says: each takes its "to"
    /// infinitive as xcomp, never as advcl, after an object in EWT train ("asked Bush to name", "urged him to stand",
    /// "encourage", "enable", "order", "pressure", "persuade", "permit", "convince", "allow", "tell").
    /// </summary>
    private static readonly HashSet<string> PersuadingVerbs = new(StringComparer.Ordinal)
    {
        "ask", "urge", "allow", "tell", "encourage", "enable", "order", "pressure", "press", "persuade", "permit", "convince",
        "instruct", "force", "compel", "invite", "authorize", "authorise", "request", "warn", "advise",
    };

    /// <summary>True when clause <paramref name="v"/> is marked by "to" and has no subject.</summary>
    private static bool IsBareInfinitive(Document doc, int v, int start, int end)
    {
        bool to = false;
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] != v)
            {
                continue;
            }
            string dep = doc.Strings[doc.Deps[c]];
            if (dep.StartsWith("nsubj", StringComparison.Ordinal))
            {
                return false;
            }
            to |= dep == "mark" && c < v && doc.Text.AsSpan(doc.Starts[c], doc.Ends[c] - doc.Starts[c]).Equals("to", StringComparison.OrdinalIgnoreCase);
        }
        return to;
    }

    private static bool HasChild(Document doc, int head, string dep, int start, int end)
    {
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] == head && doc.Strings[doc.Deps[c]] == dep)
            {
                return true;
            }
        }
        return false;
    }
}
