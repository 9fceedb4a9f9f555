using System.Numerics;

namespace Parley.Nlp.Learning;

/// <summary>
/// The frozen weights of an averaged perceptron: a feature id → row table (open addressing, linear
/// probing) over one flat weight array. Immutable and safe to share between threads.
/// Stored as float16 on disk, which halves the file and costs no accuracy we can measure.
/// </summary>
public sealed class PerceptronModel
{
    private readonly ulong[] _slots;   // feature id per slot; 0 = empty (feature id 0 is remapped, see Key)
    private readonly int[] _slotRows;
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
        _slots = new ulong[size];
        _slotRows = new int[size];
        for (int row = 0; row < features.Length; row++)
        {
            ulong key = Key(features[row]);
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot] != 0)
            {
                if (_slots[slot] == key)
                {
                    throw new ArgumentException($"Feature {features[row]} appears twice.", nameof(features));
                }
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = key;
            _slotRows[slot] = row;
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
        foreach (ulong feature in features)
        {
            int row = RowOf(feature);
            if (row >= 0)
            {
                AddTo(output, weights.Slice(row * Classes, Classes));
            }
        }
    }

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

    /// <summary>Writes the model (feature count, class count, features, float16 weights).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Classes);
        writer.Write(Features);
        for (int slot = 0; slot < _slots.Length; slot++)
        {
            if (_slots[slot] != 0)
            {
                writer.Write(Unkey(_slots[slot]));
                writer.Write(_slotRows[slot]);
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
        while (true)
        {
            ulong found = _slots[slot];
            if (found == key)
            {
                return _slotRows[slot];
            }
            if (found == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    // Slot value 0 marks an empty slot, so feature id 0 is stored as a value no real hash is likely to take.
    private const ulong ZeroKey = 0x9E3779B97F4A7C15UL;

    private static ulong Key(ulong feature) => feature == 0 ? ZeroKey : feature;

    private static ulong Unkey(ulong key) => key == ZeroKey ? 0 : key;
}
