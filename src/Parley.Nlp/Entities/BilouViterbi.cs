namespace Parley.Nlp.Entities;

/// <summary>First-order Viterbi over BILOU labels: the best label sequence under per-token scores plus label-to-label scores, allowing only well-formed sequences.</summary>
internal static class BilouViterbi
{
    /// <param name="labels">The label layout and which transitions are allowed.</param>
    /// <param name="emissions">n × L scores of each label at each token.</param>
    /// <param name="transitions">(L + 1) × L scores of each label after each label (last row: after the start).</param>
    /// <param name="back">n × L scratch for back-pointers.</param>
    /// <param name="best">The chosen label of each of the n tokens.</param>
    public static void Decode(BilouLabels labels, ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> back, Span<int> best)
    {
        int count = labels.Count;
        int n = best.Length;
        if (n == 0)
        {
            return;
        }
        Span<float> previous = stackalloc float[count];
        Span<float> current = stackalloc float[count];
        for (int y = 0; y < count; y++)
        {
            previous[y] = labels.Allowed(labels.Start, y)
                ? emissions[y] + transitions[labels.Start * count + y]
                : float.NegativeInfinity;
        }
        for (int i = 1; i < n; i++)
        {
            var row = emissions.Slice(i * count, count);
            for (int y = 0; y < count; y++)
            {
                float top = float.NegativeInfinity;
                int from = 0;
                for (int p = 0; p < count; p++)
                {
                    if (!labels.Allowed(p, y) || float.IsNegativeInfinity(previous[p]))
                    {
                        continue;
                    }
                    float score = previous[p] + transitions[p * count + y];
                    if (score > top)
                    {
                        top = score;
                        from = p;
                    }
                }
                current[y] = top + row[y];
                back[i * count + y] = from;
            }
            current.CopyTo(previous);
        }
        int last = BilouLabels.Outside;
        float lastScore = float.NegativeInfinity;
        for (int y = 0; y < count; y++)
        {
            if (BilouLabels.CanEnd(y) && previous[y] > lastScore)
            {
                lastScore = previous[y];
                last = y;
            }
        }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            best[i - 1] = back[i * count + best[i]];
        }
    }
}
