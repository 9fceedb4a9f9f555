using Parley.Text;

namespace Parley.Coding.Time;

/// <summary>Reads a document's dependency columns: sentence bounds, relations, clause heads.</summary>
internal static class SyntaxTree
{
    /// <summary>How far a walk up the heads goes before giving up (guards against a malformed tree with a cycle).</summary>
    public const int MaxDepth = 64;

    /// <summary>Tokens <c>[start, end)</c> of the sentence holding token <paramref name="i"/>.</summary>
    /// <remarks>A binary search over the (strictly increasing) sentence starts: called per event, it must not grow with the story.</remarks>
    public static (int Start, int End) SentenceOf(Document doc, int i)
    {
        var starts = doc.SentenceStarts;
        // The first sentence start after i; the sentence holding i begins at the start before it, if any.
        int lo = 0, hi = starts.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        int start = lo > 0 ? starts[lo - 1] : 0;
        int end = lo < starts.Count ? starts[lo] : doc.Count;
        return (start, end);
    }

    public static bool IsParsed(Document doc) => doc.Has(Annotations.Dependencies);

    public static string Dep(Document doc, int i) => doc.Strings[doc.Deps[i]];

    public static string Xpos(Document doc, int i) => doc.Strings[doc.Xpos[i]];

    public static string Upos(Document doc, int i) => doc.Strings[doc.Upos[i]];

    public static ReadOnlySpan<char> Word(Document doc, int i) => doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]);

    /// <summary>The relation without its subtype ("obl" for "obl:tmod").</summary>
    public static ReadOnlySpan<char> BaseDep(Document doc, int i)
    {
        var dep = Dep(doc, i).AsSpan();
        int colon = dep.IndexOf(':');
        return colon < 0 ? dep : dep[..colon];
    }

    /// <summary>True when token <paramref name="i"/> heads a clause of its own: the root, or a clausal relation.</summary>
    public static bool IsClauseHead(Document doc, int i)
    {
        if (doc.Heads[i] < 0)
        {
            return true;
        }
        var dep = BaseDep(doc, i);
        if (dep is "ccomp" or "xcomp" or "advcl" or "acl" or "parataxis" or "csubj")
        {
            return true;
        }
        // A coordinated verb ("held talks and signed a deal") is a clause; a coordinated noun is not.
        return dep is "conj" && Upos(doc, i) is "VERB" or "AUX";
    }

    /// <summary>The head of the clause token <paramref name="i"/> belongs to.</summary>
    public static int ClauseOf(Document doc, int i)
    {
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            if (IsClauseHead(doc, i))
            {
                return i;
            }
            i = doc.Heads[i];
        }
        return i;
    }

    /// <summary>The token of <c>[start, end)</c> whose head lies outside it: the span's syntactic head (the last token when unparsed).</summary>
    public static int HeadOf(Document doc, int start, int end)
    {
        if (IsParsed(doc))
        {
            for (int i = start; i < end; i++)
            {
                int head = doc.Heads[i];
                if (head < start || head >= end)
                {
                    return i;
                }
            }
        }
        return end - 1;
    }
}
