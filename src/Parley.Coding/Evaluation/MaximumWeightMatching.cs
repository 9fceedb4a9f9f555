namespace Parley.Coding.Evaluation;

/// <summary>The one-to-one assignment of rows to columns with the largest total weight (the Hungarian method, O(n³)).</summary>
internal static class MaximumWeightMatching
{
    /// <summary>
    /// For each row, the column it is matched to, or -1. A weight of 0 means the pair may not be matched; weights
    /// must not be negative.
    /// </summary>
    public static int[] Solve(long[,] weights)
    {
        int rows = weights.GetLength(0);
        int columns = weights.GetLength(1);
        int n = Math.Max(rows, columns);
        long max = 0;
        foreach (long w in weights)
        {
            max = Math.Max(max, w);
        }
        // Minimise max − weight over a square matrix; the padding cells cost max, like forbidden pairs.
        long Cost(int row, int column) => row < rows && column < columns ? max - weights[row, column] : max;

        // Potentials u (rows) and v (columns), 1-based with 0 as the free slot; owner[j] is the row holding column j.
        var u = new long[n + 1];
        var v = new long[n + 1];
        var owner = new int[n + 1];
        var way = new int[n + 1];
        var minimum = new long[n + 1];
        var used = new bool[n + 1];
        for (int row = 1; row <= n; row++)
        {
            owner[0] = row;
            int j0 = 0;
            Array.Fill(minimum, long.MaxValue);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                int i0 = owner[j0];
                long delta = long.MaxValue;
                int j1 = 0;
                for (int j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }
                    long reduced = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (reduced < minimum[j])
                    {
                        minimum[j] = reduced;
                        way[j] = j0;
                    }
                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[owner[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }
                j0 = j1;
            }
            while (owner[j0] != 0);
            do
            {
                int j1 = way[j0];
                owner[j0] = owner[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var assigned = new int[rows];
        Array.Fill(assigned, -1);
        for (int j = 1; j <= n; j++)
        {
            int row = owner[j] - 1;
            int column = j - 1;
            if (row < rows && column < columns && weights[row, column] > 0)
            {
                assigned[row] = column;
            }
        }
        return assigned;
    }
}
