namespace Parley.Nlp.Parsing;

/// <summary>
/// Projectivity of dependency trees given as head arrays (token index, or -1 for the root).
/// The parser builds projective trees only; <see cref="Projectivize"/> turns a non-projective training tree
/// into the nearest projective one by lifting arcs (Nivre and Nilsson 2005, without label encoding).
/// </summary>
public static class Projectivity
{
    /// <summary>True when no arc of the tree crosses another (every token between a head and its dependent descends from the head).</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads)
    {
        for (int d = 0; d < heads.Length; d++)
        {
            if (!IsProjectiveArc(heads, d))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Makes the tree projective in place by repeatedly lifting the shortest non-projective arc to the head's
    /// head, and returns how many lifts it made. Labels are left as they were: a lifted dependent keeps its relation.
    /// </summary>
    public static int Projectivize(Span<int> heads)
    {
        int lifts = 0;
        while (true)
        {
            int shortest = -1;
            int shortestLength = int.MaxValue;
            for (int d = 0; d < heads.Length; d++)
            {
                int h = heads[d];
                if (h < 0)
                {
                    continue;
                }
                int length = Math.Abs(h - d);
                if (length < shortestLength && !IsProjectiveArc(heads, d))
                {
                    shortest = d;
                    shortestLength = length;
                }
            }
            if (shortest < 0)
            {
                return lifts;
            }
            heads[shortest] = heads[heads[shortest]];
            lifts++;
        }
    }

    private static bool IsProjectiveArc(ReadOnlySpan<int> heads, int dependent)
    {
        int head = heads[dependent];
        if (head < 0)
        {
            return true;
        }
        int from = Math.Min(head, dependent) + 1;
        int to = Math.Max(head, dependent);
        for (int k = from; k < to; k++)
        {
            if (!Descends(heads, k, head))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Descends(ReadOnlySpan<int> heads, int token, int ancestor)
    {
        // The step bound stops a malformed (cyclic) head array from looping for ever.
        for (int x = heads[token], steps = 0; x >= 0 && steps <= heads.Length; x = heads[x], steps++)
        {
            if (x == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
