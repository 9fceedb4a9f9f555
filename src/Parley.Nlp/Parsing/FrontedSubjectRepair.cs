using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its subject to a clause that opens with an adverbial and a comma: "In late January, Burkina Faso, Mali
/// and Niger withdrew", "Last month, ICE deported", "In a video message released Sunday, Ghani pointed". News opens
/// sentences this way all the time, and the greedy parser, reading left to right, takes the name after the comma as
/// more of the opening phrase (a conjunct of "January", an apposition of "Sunday") before it sees the verb, which is
/// left with no subject. The repair is narrow: a finite verb with no subject of its own, an opening phrase that
/// attaches to it as an adverbial, and a noun right after that phrase's comma that the parse hung inside the phrase.
/// The noun becomes the verb's subject; what followed it there (its conjuncts, the clause that describes it, "last
/// year", "again") goes with it or to the verb.
/// </summary>
internal static class FrontedSubjectRepair
{
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl" };

    /// <summary>Relations of an opening phrase that says when, where or how the clause happened.</summary>
    private static readonly HashSet<string> Adverbials = new(StringComparer.Ordinal)
    {
        "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "advmod", "advcl", "nmod:tmod",
    };

    /// <summary>Relations by which the parse wrongly keeps the noun inside the opening phrase.</summary>
    private static readonly HashSet<string> Absorbed = new(StringComparer.Ordinal)
    {
        "conj", "appos", "obl:unmarked", "obl:tmod", "nmod", "obl", "dep", "vocative", "xcomp", "obj", "list", "parataxis",
    };

    /// <summary>Relations of words between the noun and the verb that describe the noun and go with it.</summary>
    private static readonly HashSet<string> NounModifiers = new(StringComparer.Ordinal) { "acl", "acl:relcl", "appos", "amod", "nmod" };

    /// <summary>Relations of words between the noun and the verb that modify the clause and go to the verb.</summary>
    private static readonly HashSet<string> ClauseModifiers = new(StringComparer.Ordinal)
    {
        "advmod", "obl", "obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod",
    };

    private static readonly HashSet<string> FiniteTags = new(StringComparer.Ordinal) { "VBD", "VBZ", "VBP", "MD" };

    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int v = start; v < end; v++)
        {
            if (doc.Strings[doc.Upos[v]] is not ("VERB" or "AUX") || !IsFinite(doc, v, start, end))
            {
                continue;
            }
            if (!IsMainClause(doc, v))
            {
                continue;
            }
            // "Early on Saturday, North Korea fired": a phrase with a preposition is no subject, whatever its label.
            int top = Top(doc, start, v);
            bool oblique = top >= 0 && doc.Strings[doc.Deps[top]] == "nsubj" && HasCase(doc, top, start, end);
            if (HasSubject(doc, v, start, end, except: oblique ? top : -1))
            {
                continue;
            }
            int comma = OpeningComma(doc, v, start, top, oblique);
            if (comma < 0)
            {
                continue;
            }
            int noun = comma + 1;
            while (noun < v && !Exposed(doc, noun, comma, v))
            {
                noun++;
            }
            if (noun >= v || doc.Strings[doc.Upos[noun]] is not ("NOUN" or "PROPN" or "PRON")
                || !Absorbed.Contains(doc.Strings[doc.Deps[noun]]) || doc.Heads[noun] >= comma || doc.Heads[noun] < start)
            {
                continue;
            }
            if (oblique)
            {
                doc.Deps[top] = doc.Strings.Add("obl");
            }
            Reattach(doc, noun, comma, v);
            return;
        }
    }

    private static bool IsMainClause(Document doc, int v) =>
        doc.Heads[v] < 0 || doc.Strings[doc.Deps[v]] is "ccomp" or "parataxis";

    /// <summary>A verb that is finite itself ("signed") or through its auxiliary ("has signed", "will meet").</summary>
    internal static bool IsFinite(Document doc, int v, int start, int end)
    {
        if (FiniteTags.Contains(doc.Strings[doc.Xpos[v]]))
        {
            return true;
        }
        for (int c = start; c < v; c++)
        {
            if (doc.Heads[c] == v && doc.Strings[doc.Deps[c]] is "aux" or "aux:pass" && FiniteTags.Contains(doc.Strings[doc.Xpos[c]]))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasSubject(Document doc, int v, int start, int end, int except)
    {
        for (int c = start; c < end; c++)
        {
            if (c != except && doc.Heads[c] == v && Subjects.Contains(doc.Strings[doc.Deps[c]]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The comma that ends the sentence's opening phrase before verb <paramref name="v"/>, or -1: the phrase runs from
    /// the sentence start to the comma, hangs from the verb as an adverbial, and nothing before the comma hangs from
    /// anything after it.
    /// </summary>
    private static int OpeningComma(Document doc, int v, int start, int top, bool oblique)
    {
        if (top < 0 || doc.Heads[top] != v || !(oblique || Adverbials.Contains(doc.Strings[doc.Deps[top]])))
        {
            return -1;
        }
        // The first comma that closes the phrase: "Later on Monday, Saudi Crown Prince Mohammed bin Salman, commonly known
        // as MBS, met" has its subject after the first.
        for (int comma = start + 1; comma < v; comma++)
        {
            if (!IsComma(doc, comma))
            {
                continue;
            }
            bool closed = true;
            for (int t = start; t < comma && closed; t++)
            {
                closed = t == top || (doc.Heads[t] >= start && doc.Heads[t] < comma);
            }
            if (closed)
            {
                return comma;
            }
        }
        return -1;
    }

    /// <summary>The token below verb <paramref name="v"/> whose subtree holds the sentence's first word.</summary>
    private static int Top(Document doc, int first, int v)
    {
        int t = first;
        for (int steps = 0; steps < 64 && t >= 0; steps++)
        {
            int head = doc.Heads[t];
            if (head == v)
            {
                return t;
            }
            t = head;
        }
        return -1;
    }

    private static bool HasCase(Document doc, int t, int start, int end)
    {
        for (int c = start; c < end; c++)
        {
            if (doc.Heads[c] == t && doc.Strings[doc.Deps[c]] == "case")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComma(Document doc, int t) =>
        doc.Ends[t] - doc.Starts[t] == 1 && doc.Text[doc.Starts[t]] == ',';

    /// <summary>True when token <paramref name="t"/> between the comma and the verb hangs from outside that stretch.</summary>
    private static bool Exposed(Document doc, int t, int comma, int v)
    {
        int head = doc.Heads[t];
        return head != v && (head <= comma || head > v);
    }

    private static void Reattach(Document doc, int noun, int comma, int v)
    {
        int oldHead = doc.Heads[noun];
        for (int t = noun + 1; t < v; t++)
        {
            if (!Exposed(doc, t, comma, v))
            {
                continue;
            }
            string dep = doc.Strings[doc.Deps[t]];
            if (dep == "conj" && doc.Heads[t] == oldHead)
            {
                doc.Heads[t] = noun;
            }
            else if (NounModifiers.Contains(dep) || dep is "punct" or "cc")
            {
                doc.Heads[t] = dep == "punct" ? v : noun;
            }
            else if (ClauseModifiers.Contains(dep))
            {
                doc.Heads[t] = v;
            }
        }
        doc.Heads[noun] = v;
        doc.Deps[noun] = doc.Strings.Add("nsubj");
    }
}
