namespace Parley.Nlp.Learning;

/// <summary>The classes a model predicts, as strings ↔ dense indices. Immutable once built.</summary>
public sealed class LabelSet
{
    private readonly string[] _labels;
    private readonly Dictionary<string, int> _index;

    public LabelSet(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = [.. labels];
        _index = new Dictionary<string, int>(_labels.Length, StringComparer.Ordinal);
        for (int i = 0; i < _labels.Length; i++)
        {
            if (!_index.TryAdd(_labels[i], i))
            {
                throw new ArgumentException($"Label '{_labels[i]}' appears twice.", nameof(labels));
            }
        }
    }

    public int Count => _labels.Length;

    public string this[int index] => _labels[index];

    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The index of <paramref name="label"/>, or -1 when it is not a class.</summary>
    public int IndexOf(string label) => _index.TryGetValue(label, out int i) ? i : -1;

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }
    }

    public static LabelSet Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0 || count > 1_000_000)
        {
            throw new InvalidDataException($"Bad label count {count}.");
        }
        var labels = new string[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = reader.ReadString();
        }
        return new LabelSet(labels);
    }
}
