using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Gives back its verb to a headline of the form "name to verb": "Biden to Visit Japan Next Month", "Kenya to Send
/// Troops to Haiti". News writes a planned deed so; the parser, trained on web text where a noun with "to" and a verb
/// is mostly a noun with its purpose ("things to do"), makes the name the root and hangs the verb from it as a clause,
/// so the deed has no subject. The repair is narrow: a proper-noun root (a common noun keeps "places to visit"), a
/// verb hung from it as a clause, marked by "to" and with no subject of its own, and nothing but the name's own words
/// before the "to". The verb becomes the root and the name its subject; what the name held after the verb goes to it.
/// </summary>
internal static class HeadlineInfinitiveRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        int root = -1;
        for (int t = start; t < end && root < 0; t++)
        {
            root = doc.Heads[t] < 0 ? t : -1;
        }
        if (root < 0 || doc.Strings[doc.Upos[root]] != "PROPN")
        {
            return;
        }
        int to = root + 1;
        if (to + 1 >= end || !doc.Text.AsSpan(doc.Starts[to], doc.Ends[to] - doc.Starts[to]).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        int verb = to + 1;
        if (doc.Heads[verb] != root || doc.Strings[doc.Deps[verb]] != "acl" || doc.Strings[doc.Upos[verb]] != "VERB"
            || doc.Heads[to] != verb || doc.Strings[doc.Deps[to]] != "mark")
        {
            return;
        }
        for (int t = start; t < end; t++)
        {
            if (doc.Heads[t] == verb && doc.Strings[doc.Deps[t]] is "nsubj" or "nsubj:pass")
            {
                return;
            }
            if (t > verb && doc.Heads[t] == root)
            {
                doc.Heads[t] = verb;
            }
        }
        doc.Heads[verb] = -1;
        doc.Deps[verb] = doc.Strings.Add("root");
        doc.Heads[root] = verb;
        doc.Deps[root] = doc.Strings.Add("nsubj");
    }
}
