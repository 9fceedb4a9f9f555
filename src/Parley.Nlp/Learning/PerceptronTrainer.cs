namespace Parley.Nlp.Learning;

/// <summary>
/// A multi-class averaged perceptron being trained (Collins 2002; Honnibal's "200-line tagger"):
/// one row of <see cref="Classes"/> weights per feature, updated by +1 for the truth and -1 for the guess.
/// Averaging is lazy: each weight remembers when it last changed, so an update touches only the
/// weights of the features present. <see cref="Average"/> freezes it into an immutable <see cref="PerceptronModel"/>.
/// Not thread-safe.
/// </summary>
public sealed class PerceptronTrainer
{
    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights;
    private double[] _totals;
    private int[] _stamps;
    private int _rowCapacity;

    public PerceptronTrainer(int classes, int initialRows = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        Classes = classes;
        _rowCapacity = Math.Max(16, initialRows);
        _weights = new float[_rowCapacity * classes];
        _totals = new double[_rowCapacity * classes];
        _stamps = new int[_rowCapacity * classes];
    }

    public int Classes { get; }

    /// <summary>The number of training instances seen so far (the clock of the lazy average).</summary>
    public int Instances { get; private set; }

    /// <summary>How many distinct features have a row.</summary>
    public int Features => _rows.Count;

    /// <summary>Adds the current (not averaged) scores of <paramref name="features"/> to <paramref name="scores"/>, which it clears first.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores[..Classes].Clear();
        foreach (ulong feature in features)
        {
            if (_rows.TryGetValue(feature, out int row))
            {
                var weights = _weights.AsSpan(row * Classes, Classes);
                for (int c = 0; c < Classes; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>Counts one training instance; call once per decision, whether or not it was right.</summary>
    public void Tick() => Instances++;

    /// <summary>Moves the weights of <paramref name="features"/> towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float step = 1f)
    {
        if (truth == guess)
        {
            return;
        }
        foreach (ulong feature in features)
        {
            int row = RowOf(feature);
            Nudge(row * Classes + truth, step);
            Nudge(row * Classes + guess, -step);
        }
    }

    /// <summary>Freezes the averaged weights into a model, dropping features whose largest averaged weight is below <paramref name="pruneBelow"/> in magnitude.</summary>
    public PerceptronModel Average(float pruneBelow = 0f)
    {
        int instances = Math.Max(1, Instances);
        var keys = new List<ulong>(_rows.Count);
        var weights = new List<float>(_rows.Count * Classes);
        var row = new float[Classes];
        foreach (var (feature, index) in _rows)
        {
            float largest = 0f;
            for (int c = 0; c < Classes; c++)
            {
                int i = index * Classes + c;
                double total = _totals[i] + (double)(Instances - _stamps[i]) * _weights[i];
                row[c] = (float)(total / instances);
                largest = Math.Max(largest, Math.Abs(row[c]));
            }
            if (largest > pruneBelow && largest > 0f)
            {
                keys.Add(feature);
                weights.AddRange(row);
            }
        }
        return new PerceptronModel(Classes, [.. keys], [.. weights]);
    }

    private void Nudge(int i, float delta)
    {
        _totals[i] += (double)(Instances - _stamps[i]) * _weights[i];
        _stamps[i] = Instances;
        _weights[i] += delta;
    }

    private int RowOf(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row))
        {
            return row;
        }
        row = _rows.Count;
        if (row == _rowCapacity)
        {
            _rowCapacity *= 2;
            Array.Resize(ref _weights, _rowCapacity * Classes);
            Array.Resize(ref _totals, _rowCapacity * Classes);
            Array.Resize(ref _stamps, _rowCapacity * Classes);
        }
        _rows.Add(feature, row);
        return row;
    }
}
