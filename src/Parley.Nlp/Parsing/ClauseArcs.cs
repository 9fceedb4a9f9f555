using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>Questions the parse repairs ask of a sentence's arcs (heads are document indices, -1 for the root).</summary>
internal static class ClauseArcs
{
    /// <summary>True when <paramref name="verb"/> has a subject (nsubj, nsubj:pass, …) in <c>[start, end)</c> other than <paramref name="except"/>.</summary>
    public static bool HasSubjectBesides(Document doc, int verb, int except, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (t != except && doc.Heads[t] == verb && doc.Strings[doc.Deps[t]].StartsWith("nsubj", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Hangs <paramref name="token"/> on <paramref name="head"/> with relation <paramref name="relation"/>.</summary>
    public static void Attach(Document doc, int token, int head, string relation)
    {
        doc.Heads[token] = head;
        doc.Deps[token] = doc.Strings.Add(relation);
    }

    /// <summary>The text of token <paramref name="i"/>.</summary>
    public static ReadOnlySpan<char> Word(Document doc, int i) => doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]);
}
