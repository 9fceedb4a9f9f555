using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Loading;

/// <summary>
/// Names to entries, keyed by <see cref="NameKey"/>; the shared engine of the catalogues' exact and longest-match
/// lookups. Filled once while loading, read-only afterwards (safe for concurrent readers).
/// </summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, List<T>> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<T>> _exact = new(StringComparer.Ordinal);

    /// <summary>The most key tokens any name has.</summary>
    public int MaxTokens { get; private set; }

    public int Count => _folded.Count + _exact.Count;

    public bool Contains(string key) => _folded.ContainsKey(key);

    public void Add(string name, T entry) => Add(_folded, NameKey.Of(name), entry);

    public void AddExact(string name, T entry) => Add(_exact, NameKey.ExactOf(name), entry);

    public IReadOnlyList<T> Find(string text) => Collect(NameKey.ExactOf(text), NameKey.Of(text));

    public IReadOnlyList<T> Find(IReadOnlyList<string> tokens, int start, int length) =>
        Collect(NameKey.ExactOf(tokens, start, length), NameKey.Of(tokens, start, length));

    /// <summary>The longest name starting at token <paramref name="start"/>, or null.</summary>
    public CatalogMatch<T>? LongestMatch(IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (start >= tokens.Count || NameKey.Of(tokens[start]).Length == 0)
        {
            return null;
        }
        // A token the key drops (a lone hyphen) lets a window hold more tokens than the name has key tokens.
        int longest = Math.Min(tokens.Count - start, MaxTokens + 2);
        for (int length = longest; length >= 1; length--)
        {
            if (length > 1 && NameKey.Of(tokens[start + length - 1]).Length == 0)
            {
                continue;
            }
            var found = Find(tokens, start, length);
            if (found.Count > 0)
            {
                return new CatalogMatch<T>(start, length, found);
            }
        }
        return null;
    }

    private IReadOnlyList<T> Collect(string exactKey, string foldedKey)
    {
        _exact.TryGetValue(exactKey, out var exact);
        _folded.TryGetValue(foldedKey, out var folded);
        if (exact is null)
        {
            return folded ?? (IReadOnlyList<T>)[];
        }
        if (folded is null)
        {
            return exact;
        }
        return exact.Concat(folded).Distinct().ToList();
    }

    private void Add(Dictionary<string, List<T>> index, string key, T entry)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
        MaxTokens = Math.Max(MaxTokens, NameKey.TokenCount(key));
    }
}
