namespace Parley.Nlp.Evaluation;

/// <summary>
/// Which system words match which gold words, computed exactly as the CoNLL 2018 shared-task script does:
/// outside multiword tokens a word matches when its character span is the same; inside a region covered by
/// multiword tokens, words are matched by the longest common subsequence of their lower-cased forms.
/// Tagging and parsing scores on system tokenization are counted over these pairs.
/// </summary>
public sealed class WordAlignment
{
    private readonly List<(int Gold, int System)> _pairs = [];

    private WordAlignment(Segmentation gold, Segmentation system)
    {
        Gold = gold;
        System = system;
    }

    public Segmentation Gold { get; }

    public Segmentation System { get; }

    /// <summary>Matched words as (gold word index, system word index), in text order.</summary>
    public IReadOnlyList<(int Gold, int System)> Pairs => _pairs;

    /// <summary>Words F1: gold words, system words, and matched pairs.</summary>
    public F1Score Score => new(Gold.Words.Count, System.Words.Count, _pairs.Count);

    /// <summary>Aligns the words of two segmentations of the same characters.</summary>
    /// <exception cref="ArgumentException">The two segmentations are not of the same characters.</exception>
    public static WordAlignment Align(Segmentation gold, Segmentation system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        RequireSameCharacters(gold, system);
        var alignment = new WordAlignment(gold, system);
        var g = gold.Words;
        var s = system.Words;
        int gi = 0;
        int si = 0;
        while (gi < g.Count && si < s.Count)
        {
            if (g[gi].IsMultiword || s[si].IsMultiword)
            {
                (int gs, int ss) = FindMultiwordSpan(g, s, ref gi, ref si);
                if (si > ss && gi > gs)
                {
                    alignment.AlignByForms(gs, gi, ss, si);
                }
            }
            else if (g[gi].Span == s[si].Span)
            {
                alignment._pairs.Add((gi, si));
                gi++;
                si++;
            }
            else if (g[gi].Span.Start <= s[si].Span.Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }
        return alignment;
    }

    /// <summary>Fails with the first position where the two texts differ.</summary>
    internal static void RequireSameCharacters(Segmentation gold, Segmentation system)
    {
        if (string.Equals(gold.Characters, system.Characters, StringComparison.Ordinal))
        {
            return;
        }
        int at = 0;
        int length = Math.Min(gold.Characters.Length, system.Characters.Length);
        while (at < length && gold.Characters[at] == system.Characters[at])
        {
            at++;
        }
        string Around(string text) => text.Substring(Math.Max(0, at - 20), Math.Min(text.Length, at + 20) - Math.Max(0, at - 20));
        throw new ArgumentException(
            $"The gold and system texts differ at non-whitespace character {at}: gold '…{Around(gold.Characters)}…', system '…{Around(system.Characters)}…'. Both must segment the same text.");
    }

    // The script's find_multiword_span: grow the region until neither side has a word crossing its end.
    private static (int Gs, int Ss) FindMultiwordSpan(IReadOnlyList<SegmentedWord> g, IReadOnlyList<SegmentedWord> s, ref int gi, ref int si)
    {
        int end;
        if (g[gi].IsMultiword)
        {
            end = g[gi].Span.End;
            if (!s[si].IsMultiword && s[si].Span.Start < g[gi].Span.Start)
            {
                si++;
            }
        }
        else
        {
            end = s[si].Span.End;
            if (!g[gi].IsMultiword && g[gi].Span.Start < s[si].Span.Start)
            {
                gi++;
            }
        }
        int gs = gi;
        int ss = si;
        while (!BeyondEnd(g, gi, end) || !BeyondEnd(s, si, end))
        {
            if (gi < g.Count && (si >= s.Count || g[gi].Span.Start <= s[si].Span.Start))
            {
                end = ExtendEnd(g[gi], end);
                gi++;
            }
            else
            {
                end = ExtendEnd(s[si], end);
                si++;
            }
        }
        return (gs, ss);
    }

    private static bool BeyondEnd(IReadOnlyList<SegmentedWord> words, int i, int end)
    {
        if (i >= words.Count)
        {
            return true;
        }
        return words[i].IsMultiword ? words[i].Span.Start >= end : words[i].Span.End > end;
    }

    private static int ExtendEnd(SegmentedWord word, int end) =>
        word.IsMultiword && word.Span.End > end ? word.Span.End : end;

    private void AlignByForms(int gs, int gi, int ss, int si)
    {
        int rows = gi - gs;
        int cols = si - ss;
        var lcs = new int[rows + 1, cols + 1];
        for (int r = rows - 1; r >= 0; r--)
        {
            for (int c = cols - 1; c >= 0; c--)
            {
                int best = SameForm(gs + r, ss + c) ? 1 + lcs[r + 1, c + 1] : 0;
                best = Math.Max(best, lcs[r + 1, c]);
                lcs[r, c] = Math.Max(best, lcs[r, c + 1]);
            }
        }
        int gr = 0;
        int sc = 0;
        while (gr < rows && sc < cols)
        {
            if (SameForm(gs + gr, ss + sc))
            {
                _pairs.Add((gs + gr, ss + sc));
                gr++;
                sc++;
            }
            else if (lcs[gr, sc] == lcs[gr + 1, sc])
            {
                gr++;
            }
            else
            {
                sc++;
            }
        }
    }

    private bool SameForm(int gold, int system) =>
        string.Equals(Gold.Words[gold].Form.ToLowerInvariant(), System.Words[system].Form.ToLowerInvariant(), StringComparison.Ordinal);
}
