namespace Parley.Nlp.Parsing;

/// <summary>
/// The exact dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a move is the
/// number of gold arcs that were still reachable and that the move makes unreachable. Arc-hybrid is
/// arc-decomposable, so for a projective gold tree the moves of cost 0 are exactly those from which the
/// best reachable tree is still reachable, from any configuration, including ones reached by mistakes.
/// For a non-projective gold tree the count is only an approximation, which is why training lifts
/// non-projective arcs first (<see cref="Projectivity.Projectivize"/>).
/// </summary>
public static class ArcHybridOracle
{
    /// <summary>
    /// The unlabelled cost of <paramref name="move"/> in <paramref name="config"/>, given the gold head of each
    /// token (<see cref="ParserConfiguration.Root"/> for the sentence root). The move must be legal.
    /// </summary>
    public static int Cost(ParserConfiguration config, Transition move, ReadOnlySpan<int> goldHeads)
    {
        ArgumentNullException.ThrowIfNull(config);
        int n = config.Length;
        int b = config.BufferFront;
        int s0 = config.Stack(0);
        int cost = 0;
        switch (move)
        {
            case Transition.Shift:
                // b0 can no longer take a head from the stack below s0, nor any dependent from the stack.
                for (int depth = 0; depth < config.StackCount; depth++)
                {
                    int item = config.Stack(depth);
                    if (depth > 0 && goldHeads[b] == item)
                    {
                        cost++;
                    }
                    if (item != n && goldHeads[item] == b)
                    {
                        cost++;
                    }
                }
                return cost;
            case Transition.Left:
                // s0 leaves with head b0: a gold head in s1 or later in the buffer is lost, and so are its buffer dependents.
                int gold = goldHeads[s0];
                if (gold == config.Stack(1) || (gold > b && gold < n))
                {
                    cost++;
                }
                return cost + BufferDependents(goldHeads, s0, b, n);
            case Transition.Right:
                // s0 leaves with head s1: a gold head in the buffer is lost, and so are its buffer dependents.
                gold = goldHeads[s0];
                if (gold >= b && gold < n)
                {
                    cost++;
                }
                return cost + BufferDependents(goldHeads, s0, b, n);
            default:
                throw new ArgumentOutOfRangeException(nameof(move));
        }
    }

    private static int BufferDependents(ReadOnlySpan<int> goldHeads, int head, int from, int n)
    {
        int count = 0;
        for (int i = from; i < n; i++)
        {
            if (goldHeads[i] == head)
            {
                count++;
            }
        }
        return count;
    }
}
