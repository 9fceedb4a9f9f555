using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back to the subject the adjective that opens it: "Former Pakistani Prime Minister Benazir Bhutto was
/// assassinated", "Outgoing German Chancellor Angela Merkel met", "Senior Hamas official Osama Hamdan rejected". Web
/// text seldom opens a sentence with an adjective before a title, and the greedy parser hangs the adjective from the
/// verb as a clause or a second subject of its own ("Former" the subject of "was assassinated", "Bhutto" another),
/// which loses the person the verb is about or makes "former" a subject. The repair is narrow: the sentence's first
/// word is an adjective (or an -ing form) that hangs from a verb, that verb has a subject after it, and every word
/// between hangs from the adjective (or is an adjective hung from the verb) or belongs to the subject. The adjective, and what hung from it there, then
/// describe the subject.
/// </summary>
internal static class OpeningModifierRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        int verb = doc.Heads[start];
        bool opensWithModifier = doc.Strings[doc.Upos[start]] == "ADJ" || doc.Strings[doc.Xpos[start]] == "VBG";
        if (!opensWithModifier || verb < 0 || doc.Strings[doc.Upos[verb]] is not ("VERB" or "AUX"))
        {
            return;
        }
        int subject = -1;
        for (int c = start + 1; c < verb && subject < 0; c++)
        {
            subject = doc.Heads[c] == verb && doc.Strings[doc.Deps[c]] is "nsubj" or "nsubj:pass" ? c : -1;
        }
        if (subject < 0)
        {
            return;
        }
        for (int t = start + 1; t < subject; t++)
        {
            if (doc.Strings[doc.Upos[t]] == "PUNCT" || (!HangsFromOpening(doc, t, start, verb) && !Below(doc, t, subject, start, end)))
            {
                return;
            }
        }
        for (int t = start + 1; t < subject; t++)
        {
            if (HangsFromOpening(doc, t, start, verb))
            {
                doc.Heads[t] = subject;
                doc.Deps[t] = doc.Strings.Add(doc.Strings[doc.Upos[t]] is "ADJ" or "VERB" ? "amod" : "compound");
            }
        }
        doc.Heads[start] = subject;
        doc.Deps[start] = doc.Strings.Add("amod");
    }

    /// <summary>
    /// True when token <paramref name="t"/> hangs from the opening adjective, or is another adjective the parse hung from
    /// the verb with it ("Pakistani" in "Former Pakistani Prime Minister … was assassinated").
    /// </summary>
    private static bool HangsFromOpening(Document doc, int t, int opening, int verb) =>
        doc.Heads[t] == opening || (doc.Heads[t] == verb && doc.Strings[doc.Upos[t]] == "ADJ");

    /// <summary>True when token <paramref name="t"/> hangs, through any number of heads, from <paramref name="ancestor"/>.</summary>
    internal static bool Below(Document doc, int t, int ancestor, int start, int end)
    {
        for (int steps = 0; steps < end - start && t >= 0; steps++)
        {
            t = doc.Heads[t];
            if (t == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
