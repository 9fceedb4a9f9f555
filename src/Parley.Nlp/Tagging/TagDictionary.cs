namespace Parley.Nlp.Tagging;

/// <summary>
/// Frequent words that (almost) always take one tag, learned from training data: the tagger gives them that
/// tag without scoring (Honnibal's short-cut). Keys are exact forms, so "The" and "the" are separate entries.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class TagDictionary
{
    private readonly Dictionary<string, int> _tags;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="tags">Form → label index.</param>
    public TagDictionary(IEnumerable<KeyValuePair<string, int>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = new Dictionary<string, int>(tags, StringComparer.Ordinal);
        _lookup = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A dictionary with no words: every token is scored.</summary>
    public static TagDictionary Empty { get; } = new([]);

    public int Count => _tags.Count;

    /// <summary>The entries, form → label index.</summary>
    public IReadOnlyDictionary<string, int> Entries => _tags;

    /// <summary>Finds the label of <paramref name="form"/> without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> form, out int label) => _lookup.TryGetValue(form, out label);

    /// <summary>
    /// Learns the dictionary from (form, label) occurrences: a form enters when it was seen at least
    /// <paramref name="minCount"/> times and its commonest label has at least <paramref name="minShare"/> of them.
    /// </summary>
    public static TagDictionary Learn(IEnumerable<(string Form, int Label)> occurrences, int minCount, double minShare)
    {
        ArgumentNullException.ThrowIfNull(occurrences);
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var (form, label) in occurrences)
        {
            if (!counts.TryGetValue(form, out var byLabel))
            {
                counts[form] = byLabel = [];
            }
            byLabel[label] = byLabel.GetValueOrDefault(label) + 1;
        }
        var entries = new List<KeyValuePair<string, int>>();
        foreach (var (form, byLabel) in counts)
        {
            int total = byLabel.Values.Sum();
            // Ties go to the lower label so that the result does not depend on dictionary order.
            var (label, count) = byLabel.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)).First();
            if (total >= minCount && count >= minShare * total)
            {
                entries.Add(new(form, label));
            }
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return new TagDictionary(entries);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_tags.Count);
        foreach (var (form, label) in _tags.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(label);
        }
    }

    /// <summary>Reads a dictionary written by <see cref="Write"/>; every label must be below <paramref name="labels"/>.</summary>
    public static TagDictionary Read(BinaryReader reader, int labels)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException($"Bad tag dictionary size {count}.");
        }
        var entries = new List<KeyValuePair<string, int>>(count);
        for (int i = 0; i < count; i++)
        {
            string form = reader.ReadString();
            int label = reader.ReadInt32();
            if ((uint)label >= (uint)labels)
            {
                throw new InvalidDataException($"Tag dictionary entry '{form}' has label {label}, but there are {labels} labels.");
            }
            entries.Add(new(form, label));
        }
        return new TagDictionary(entries);
    }
}
