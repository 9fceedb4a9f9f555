using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>The spans between matching quotation marks of a document, at most a few sentences long each.</summary>
internal sealed class Quotations
{
    /// <summary>How many sentences a quotation may run over before an unmatched mark is given up on.</summary>
    private const int MaxSentences = 6;

    private readonly List<(int Open, int Close)> _spans = [];

    public static Quotations Of(DependencyTree tree)
    {
        var quotes = new Quotations();
        int open = -1;
        for (int k = 0; k < tree.Count; k++)
        {
            var word = tree.WordSpan(k);
            bool opening = word is "\u201c" or "\u00ab" || (word is "\"" && open < 0);
            bool closing = word is "\u201d" or "\u00bb" || (word is "\"" && open >= 0);
            if (open >= 0 && tree.SentenceOf(k) - tree.SentenceOf(open) > MaxSentences)
            {
                open = -1;
            }
            if (closing && open >= 0)
            {
                quotes._spans.Add((open, k));
                open = -1;
            }
            else if (opening)
            {
                open = k;
            }
        }
        return quotes;
    }

    /// <summary>The (opening, closing) marks around token <paramref name="k"/>, or null.</summary>
    public (int Open, int Close)? Around(int k)
    {
        int lo = 0, hi = _spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (_spans[mid].Close < k)
            {
                lo = mid + 1;
            }
            else if (_spans[mid].Open > k)
            {
                hi = mid - 1;
            }
            else
            {
                return _spans[mid];
            }
        }
        return null;
    }
}
