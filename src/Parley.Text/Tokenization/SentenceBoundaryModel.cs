using System.Text;

namespace Parley.Text.Tokenization;

/// <summary>
/// A linear model that decides, gap by gap, whether a sentence ends there, on top of the rule-based
/// decision (which it sees as a feature). Weights sit in one flat hashed array; the model is immutable
/// and thread-safe once built. Trained by <see cref="SentenceBoundaryTrainer"/>; stored as a binary file
/// with a magic number and version.
/// </summary>
public sealed class SentenceBoundaryModel
{
    /// <summary>The weights file's name inside a model folder.</summary>
    public const string WeightsFile = "weights.bin";

    private const uint Magic = 0x50534250; // "PBSP": Parley boundary, sentence, perceptron
    private const int FormatVersion = 1;

    private readonly float[] _weights;

    internal SentenceBoundaryModel(float[] weights, float threshold)
    {
        Threshold = threshold;
        if (weights.Length == 0 || (weights.Length & (weights.Length - 1)) != 0)
        {
            throw new ArgumentException("The weight table's size must be a power of two.", nameof(weights));
        }
        _weights = weights;
    }

    /// <summary>The number of hashed weight slots.</summary>
    public int Size => _weights.Length;

    /// <summary>A gap is a sentence boundary when its score is above this margin (chosen on held-out data when training).</summary>
    public float Threshold { get; }

    internal bool Decides(ReadOnlySpan<ulong> features) => Score(features) > Threshold;

    internal float Score(ReadOnlySpan<ulong> features)
    {
        ReadOnlySpan<float> weights = _weights;
        int mask = weights.Length - 1;
        float sum = 0;
        foreach (ulong feature in features)
        {
            sum += weights[Slot(feature, mask)];
        }
        return sum;
    }

    /// <summary>The weight slot of a feature: its hash finished with MurmurHash3's mixer so every bit counts, then masked.</summary>
    internal static int Slot(ulong feature, int mask)
    {
        feature ^= feature >> 33;
        feature *= 0xFF51AFD7ED558CCDUL;
        feature ^= feature >> 33;
        feature *= 0xC4CEB9FE1A85EC53UL;
        feature ^= feature >> 33;
        return (int)feature & mask;
    }

    /// <summary>Writes the non-zero weights to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(_weights.Length);
        writer.Write(Threshold);
        int nonZero = _weights.Count(w => w != 0);
        writer.Write(nonZero);
        for (int k = 0; k < _weights.Length; k++)
        {
            if (_weights[k] != 0)
            {
                writer.Write(k);
                writer.Write(_weights[k]);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a sentence-boundary model of this version, or is damaged; the message names the file.</exception>
    public static SentenceBoundaryModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            if (reader.ReadUInt32() != Magic)
            {
                throw new InvalidDataException($"{path}: not a Parley sentence-boundary model (wrong magic number).");
            }
            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"{path}: format version {version}; this build reads version {FormatVersion}. Retrain the model.");
            }
            int size = reader.ReadInt32();
            float threshold = reader.ReadSingle();
            int count = reader.ReadInt32();
            if (size <= 0 || size > 1 << 26 || (size & (size - 1)) != 0 || count < 0 || count > size)
            {
                throw new InvalidDataException($"{path}: bad header (size {size}, {count} weights).");
            }
            var weights = new float[size];
            for (int k = 0; k < count; k++)
            {
                int slot = reader.ReadInt32();
                if ((uint)slot >= (uint)size)
                {
                    throw new InvalidDataException($"{path}: weight slot {slot} is outside the table of {size}.");
                }
                weights[slot] = reader.ReadSingle();
            }
            return new SentenceBoundaryModel(weights, threshold);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the file is truncated.");
        }
    }
}
