using System.Numerics;

namespace Parley.Nlp.Learning;

/// <summary>
/// The frozen weights of an averaged perceptron: a feature id → row table (open addressing, linear
/// probing) over one flat weight array. Immutable and safe to share between threads.
/// Stored as float16 on disk, which halves the file and costs no accuracy we can measure.
/// </summary>
public sealed class PerceptronModel
{
    // Feature id and row side by side, so a lookup touches one cache line; key 0 = empty (feature id 0 is remapped, see Key).
    private readonly Slot[] _slots;
    private readonly float[] _weights;
    private readonly int _mask;

    public PerceptronModel(int classes, ulong[] features, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (weights.Length != features.Length * classes)
        {
            throw new ArgumentException($"Expected {features.Length * classes} weights for {features.Length} features × {classes} classes, got {weights.Length}.", nameof(weights));
        }
        Classes = classes;
        Features = features.Length;
        _weights = weights;
        int size = 16;
        while (size < features.Length * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        _slots = new Slot[size];
        for (int row = 0; row < features.Length; row++)
        {
            ulong key = Key(features[row]);
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                if (_slots[slot].Key == key)
                {
                    throw new ArgumentException($"Feature {features[row]} appears twice.", nameof(features));
                }
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot(key, row);
        }
    }

    public int Classes { get; }

    /// <summary>The number of features with weights.</summary>
    public int Features { get; }

    /// <summary>Writes the summed weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var output = scores[..Classes];
        output.Clear();
        ReadOnlySpan<float> weights = _weights;
        if (features.Length > MaxBatch)
        {
            foreach (ulong feature in features)
            {
                int row = RowOf(feature);
                if (row >= 0)
                {
                    AddTo(output, weights.Slice(row * Classes, Classes));
                }
            }
            return;
        }
        // Two passes: all table lookups first, then all weight rows. The loads of each pass do not depend on
        // one another, so the processor overlaps their cache misses instead of waiting for each in turn.
        Span<int> rows = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            rows[i] = RowOf(features[i]);
        }
        if (Classes <= 4)
        {
            for (int i = 0; i < rows.Length; i++)
            {
                int row = rows[i];
                if (row >= 0)
                {
                    var w = weights.Slice(row * Classes, Classes);
                    for (int c = 0; c < w.Length; c++)
                    {
                        output[c] += w[c];
                    }
                }
            }
            return;
        }
        foreach (int row in rows)
        {
            if (row >= 0)
            {
                AddTo(output, weights.Slice(row * Classes, Classes));
            }
        }
    }

    // Features per call scored with the two-pass lookup (larger calls take the simple path, without stack space).
    private const int MaxBatch = 512;

    /// <summary>The class with the highest score for <paramref name="features"/> (ties go to the lower class).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..Classes]);
    }

    private static void AddTo(Span<float> sum, ReadOnlySpan<float> row)
    {
        int c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; c <= row.Length - Vector<float>.Count; c += Vector<float>.Count)
            {
                (new Vector<float>(sum[c..]) + new Vector<float>(row[c..])).CopyTo(sum[c..]);
            }
        }
        for (; c < row.Length; c++)
        {
            sum[c] += row[c];
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// A model whose weights are the mean of <paramref name="models"/>' (a feature missing from one counts as 0 there),
    /// dropping features whose largest mean weight is below <paramref name="pruneBelow"/> in magnitude. Combining
    /// perceptrons trained in different orders (seeds) is a cheap ensemble: one model, scored at the same speed.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models, float pruneBelow = 0f)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("No models to combine.", nameof(models));
        }
        int classes = models[0].Classes;
        if (models.Any(m => m.Classes != classes))
        {
            throw new ArgumentException("The models have different numbers of classes.", nameof(models));
        }
        var rows = new Dictionary<ulong, int>();
        var sums = new List<float>();
        foreach (var model in models)
        {
            foreach (var slot in model._slots)
            {
                if (slot.Key == 0)
                {
                    continue;
                }
                if (!rows.TryGetValue(slot.Key, out int row))
                {
                    row = rows.Count;
                    rows.Add(slot.Key, row);
                    sums.AddRange(new float[classes]);
                }
                for (int c = 0; c < classes; c++)
                {
                    sums[row * classes + c] += model._weights[slot.Row * classes + c];
                }
            }
        }
        var keys = new List<ulong>(rows.Count);
        var weights = new List<float>(rows.Count * classes);
        var mean = new float[classes];
        foreach (var (key, row) in rows)
        {
            float largest = 0f;
            for (int c = 0; c < classes; c++)
            {
                mean[c] = sums[row * classes + c] / models.Count;
                largest = Math.Max(largest, Math.Abs(mean[c]));
            }
            if (largest > pruneBelow && largest > 0f)
            {
                keys.Add(Unkey(key));
                weights.AddRange(mean);
            }
        }
        return new PerceptronModel(classes, [.. keys], [.. weights]);
    }

    /// <summary>Writes the model (feature count, class count, features, float16 weights).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Classes);
        writer.Write(Features);
        foreach (var slot in _slots)
        {
            if (slot.Key != 0)
            {
                writer.Write(Unkey(slot.Key));
                writer.Write(slot.Row);
            }
        }
        foreach (float w in _weights)
        {
            writer.Write((Half)w);
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static PerceptronModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classes = reader.ReadInt32();
        int count = reader.ReadInt32();
        if (classes < 2 || count < 0)
        {
            throw new InvalidDataException($"Bad perceptron header: {classes} classes, {count} features.");
        }
        var features = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            ulong feature = reader.ReadUInt64();
            int row = reader.ReadInt32();
            if ((uint)row >= (uint)count)
            {
                throw new InvalidDataException($"Bad perceptron row {row} of {count}.");
            }
            features[row] = feature;
        }
        var weights = new float[count * classes];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }
        return new PerceptronModel(classes, features, weights);
    }

    private int RowOf(ulong feature)
    {
        ulong key = Key(feature);
        int slot = (int)(key & (ulong)_mask);
        var slots = _slots;
        while (true)
        {
            ref readonly var found = ref slots[slot];
            if (found.Key == key)
            {
                return found.Row;
            }
            if (found.Key == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private readonly record struct Slot(ulong Key, int Row);

    // Slot value 0 marks an empty slot, so feature id 0 is stored as a value no real hash is likely to take.
    private const ulong ZeroKey = 0x9E3779B97F4A7C15UL;

    private static ulong Key(ulong feature) => feature == 0 ? ZeroKey : feature;

    private static ulong Unkey(ulong key) => key == ZeroKey ? 0 : key;
}
