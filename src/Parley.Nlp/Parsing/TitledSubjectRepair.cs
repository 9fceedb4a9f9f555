using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its verb to a sentence that opens with a title before a name: "Palestinian leader Yasser Arafat died",
/// "Israeli soldier Gilad Shalit was freed". The greedy parser, trained on web text where a common noun followed by a
/// name and a verb is mostly a noun with a relative clause ("the guy Bob hired"), makes the title the sentence's root
/// and hangs the verb from it as a relative clause whose subject is the name, so the event's verb is lost under a
/// noun. The repair is narrow: a common-noun root, a finite relative clause on it with no relative pronoun, and that
/// clause's subject a name that follows the title at once. The verb becomes the root, the title describes the name
/// (<c>nmod:desc</c>, as the training data marks "President" in "President Obama"), and what the title held after the
/// verb (the full stop, a conjunct clause) goes to the verb.
/// </summary>
internal static class TitledSubjectRepair
{
    /// <summary>Penn tags of relative pronouns and determiners: with one, the clause is a relative clause indeed.</summary>
    private static readonly HashSet<string> RelativeTags = new(StringComparer.Ordinal) { "WDT", "WP", "WP$", "WRB" };

    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        int root = -1;
        for (int t = start; t < end && root < 0; t++)
        {
            root = doc.Heads[t] < 0 ? t : -1;
        }
        if (root < 0 || doc.Strings[doc.Upos[root]] != "NOUN" || root + 1 >= end || doc.Strings[doc.Upos[root + 1]] != "PROPN")
        {
            return;
        }
        for (int v = root + 2; v < end; v++)
        {
            if (doc.Heads[v] != root || doc.Strings[doc.Deps[v]] != "acl:relcl" || doc.Strings[doc.Upos[v]] is not ("VERB" or "AUX"))
            {
                continue;
            }
            int subject = Subject(doc, v, root, start, end);
            if (subject < 0 || !NameFollowsTitle(doc, root, subject) || !FrontedSubjectRepair.IsFinite(doc, v, start, end) || HasRelativeWord(doc, v, start, end))
            {
                return;
            }
            for (int t = v + 1; t < end; t++)
            {
                if (doc.Heads[t] == root)
                {
                    doc.Heads[t] = v;
                }
            }
            doc.Heads[v] = -1;
            doc.Deps[v] = doc.Strings.Add("root");
            doc.Heads[root] = subject;
            doc.Deps[root] = doc.Strings.Add("nmod:desc");
            return;
        }
    }

    /// <summary>The subject of <paramref name="v"/> that stands between the title and the verb, or -1.</summary>
    private static int Subject(Document doc, int v, int root, int start, int end)
    {
        for (int c = root + 1; c < v; c++)
        {
            if (doc.Heads[c] == v && doc.Strings[doc.Deps[c]] is "nsubj" or "nsubj:pass")
            {
                return doc.Strings[doc.Upos[c]] == "PROPN" ? c : -1;
            }
        }
        return -1;
    }

    /// <summary>True when every word from the title to the subject is a part of the name: "leader [Yasser] Arafat".</summary>
    private static bool NameFollowsTitle(Document doc, int root, int subject)
    {
        for (int t = root + 1; t < subject; t++)
        {
            if (doc.Strings[doc.Upos[t]] != "PROPN" || doc.Heads[t] != subject)
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasRelativeWord(Document doc, int v, int start, int end)
    {
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] == v && (RelativeTags.Contains(doc.Strings[doc.Xpos[c]]) || doc.Strings[doc.Deps[c]] == "mark"))
            {
                return true;
            }
        }
        return false;
    }
}
