using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// For each word seen in training, a value standing for the set of labels it was seen with (its ambiguity
/// class, e.g. {NOUN|NN, VERB|VB}). As a feature it lets what is learned about one "noun or verb" word carry
/// over to all the others, and it tells the tagger about the word to the right, whose tag is not yet known.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class AmbiguityClasses
{
    private readonly Dictionary<string, ulong> _classes;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The class of words never seen in training.</summary>
    public static ulong Unknown { get; } = TokenValues.Value("-UNKNOWN-");

    /// <summary>A form → class table; classes are built with <see cref="ClassOf"/>.</summary>
    public AmbiguityClasses(IEnumerable<KeyValuePair<string, ulong>> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        _classes = new Dictionary<string, ulong>(classes, StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No words: every word is <see cref="Unknown"/>.</summary>
    public static AmbiguityClasses Empty { get; } = new([]);

    public int Count => _classes.Count;

    /// <summary>
    /// The class of <paramref name="form"/>: its own when seen in training; else, for a capitalised word, that
    /// of its lowercase form (kept apart, as sentence-initial "Running" is not "running"); else <see cref="Unknown"/>.
    /// </summary>
    public ulong Of(ReadOnlySpan<char> form)
    {
        if (_lookup.TryGetValue(form, out ulong value))
        {
            return value;
        }
        if (form.Length > 0 && form.Length <= 64 && char.IsUpper(form[0]))
        {
            Span<char> lower = stackalloc char[form.Length];
            form.ToLowerInvariant(lower);
            if (_lookup.TryGetValue(lower, out value))
            {
                return FeatureHash.Add(value, 1);
            }
        }
        return Unknown;
    }

    /// <summary>The class value of a set of labels, given with their counts: labels with under <paramref name="minShare"/> of the total are left out.</summary>
    public static ulong ClassOf(IEnumerable<KeyValuePair<int, int>> labelCounts, double minShare)
    {
        ArgumentNullException.ThrowIfNull(labelCounts);
        var counts = labelCounts.Where(kv => kv.Value > 0).ToList();
        int total = counts.Sum(kv => kv.Value);
        ulong hash = FeatureHash.Begin(-7);
        foreach (var (label, count) in counts.OrderBy(kv => kv.Key))
        {
            if (count >= minShare * total)
            {
                hash = FeatureHash.Add(hash, label);
            }
        }
        return hash;
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_classes.Count);
        foreach (var (form, value) in _classes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(value);
        }
    }

    public static AmbiguityClasses Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException($"Bad ambiguity class table size {count}.");
        }
        var entries = new List<KeyValuePair<string, ulong>>(count);
        for (int i = 0; i < count; i++)
        {
            entries.Add(new(reader.ReadString(), reader.ReadUInt64()));
        }
        return new AmbiguityClasses(entries);
    }
}
