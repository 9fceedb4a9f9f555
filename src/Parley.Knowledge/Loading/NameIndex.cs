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
    // Every leading run of whole key tokens of every key ("united", "united states"), by hash: LongestMatch stops
    // growing a window when no name begins with it. Hashes, not strings: tens of thousands of imported names would
    // otherwise each keep a string per prefix; a hash two prefixes share costs LongestMatch one more lookup, never a
    // different match, since what it finds is looked up by the whole key.
    private readonly HashSet<int> _foldedPrefixes = [];
    private readonly HashSet<int> _exactPrefixes = [];
    private readonly HashSet<string> _exactFolded = new(StringComparer.Ordinal);
    // Lookups by span: LongestMatch tries keys it writes into a buffer, not strings.
    private readonly Dictionary<string, List<T>>.AlternateLookup<ReadOnlySpan<char>> _foldedBySpan;
    private readonly Dictionary<string, List<T>>.AlternateLookup<ReadOnlySpan<char>> _exactBySpan;

    public NameIndex()
    {
        _foldedBySpan = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        _exactBySpan = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most key tokens any name has.</summary>
    public int MaxTokens { get; private set; }

    public int Count => _folded.Count + _exact.Count;

    public bool Contains(string key) => _folded.ContainsKey(key);

    public void Add(string name, T entry) => Add(_folded, _foldedPrefixes, NameKey.Of(name), entry);

    public void AddExact(string name, T entry)
    {
        Add(_exact, _exactPrefixes, NameKey.ExactOf(name), entry);
        _exactFolded.Add(NameKey.Of(name));
    }

    /// <summary>True when any entry has <paramref name="name"/>, in any case (names that only count in capitals included).</summary>
    public bool Knows(string name) => KnowsKey(NameKey.Of(name));

    /// <summary>Like <see cref="Knows"/> for a name's key (<see cref="NameKey.Of(string)"/>), so bulk loads fold each name once.</summary>
    public bool KnowsKey(string foldedKey) => _folded.ContainsKey(foldedKey) || _exactFolded.Contains(foldedKey);

    /// <summary>Like <see cref="Add"/> for a name's key already made.</summary>
    public void AddKey(string foldedKey, T entry) => Add(_folded, _foldedPrefixes, foldedKey, entry);

    /// <summary>Like <see cref="AddExact"/> for keys already made: the case-keeping key and the folded one.</summary>
    public void AddExactKey(string exactKey, string foldedKey, T entry)
    {
        Add(_exact, _exactPrefixes, exactKey, entry);
        _exactFolded.Add(foldedKey);
    }

    /// <summary>
    /// Makes room for <paramref name="keys"/> more folded keys with <paramref name="prefixes"/> more prefixes, and
    /// <paramref name="exactKeys"/> more case-keeping keys, so that a bulk load grows each table once (growing tens of
    /// thousands of entries step by step allocates large arrays again and again, and each costs a full collection).
    /// </summary>
    public void Reserve(int keys, int prefixes, int exactKeys)
    {
        _folded.EnsureCapacity(_folded.Count + keys);
        _foldedPrefixes.EnsureCapacity(_foldedPrefixes.Count + prefixes);
        _exact.EnsureCapacity(_exact.Count + exactKeys);
        _exactPrefixes.EnsureCapacity(_exactPrefixes.Count + exactKeys);
        _exactFolded.EnsureCapacity(_exactFolded.Count + exactKeys);
    }

    public IReadOnlyList<T> Find(string text) => Collect(NameKey.ExactOf(text), NameKey.Of(text));

    public IReadOnlyList<T> Find(IReadOnlyList<string> tokens, int start, int length) =>
        Collect(NameKey.ExactOf(tokens, start, length), NameKey.Of(tokens, start, length));

    /// <summary>The longest name starting at token <paramref name="start"/>, or null.</summary>
    /// <remarks>
    /// Grows the window one token at a time and stops as soon as no name begins with it, so a word that starts
    /// no name costs one lookup.
    /// </remarks>
    public CatalogMatch<T>? LongestMatch(IReadOnlyList<string> tokens, int start)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (start >= tokens.Count)
        {
            return null;
        }
        var key = NameKey.GrowingKey.Start();
        CatalogMatch<T>? best = null;
        // A token the key drops (a lone hyphen) lets a window hold more tokens than the name has key tokens.
        int longest = Math.Min(tokens.Count - start, MaxTokens + 2);
        for (int length = 1; length <= longest; length++)
        {
            if (!key.Add(tokens[start + length - 1]))
            {
                if (length == 1)
                {
                    return null;
                }
                continue;
            }
            var foldedKey = key.Folded();
            bool leadingArticle = key.IsLoneArticle;
            if (!leadingArticle && !_foldedPrefixes.Contains(PrefixHash(foldedKey)) && !_exactPrefixes.Contains(PrefixHash(key.Exact())))
            {
                break;
            }
            var found = Collect(key.Exact(), foldedKey);
            if (found.Count > 0)
            {
                best = new CatalogMatch<T>(start, length, found);
            }
        }
        return best;
    }

    private IReadOnlyList<T> Collect(string exactKey, string foldedKey) => Collect(exactKey.AsSpan(), foldedKey.AsSpan());

    private IReadOnlyList<T> Collect(ReadOnlySpan<char> exactKey, ReadOnlySpan<char> foldedKey)
    {
        _exactBySpan.TryGetValue(exactKey, out var exact);
        _foldedBySpan.TryGetValue(foldedKey, out var folded);
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

    private static int PrefixHash(ReadOnlySpan<char> prefix) => string.GetHashCode(prefix, StringComparison.Ordinal);

    private void Add(Dictionary<string, List<T>> index, HashSet<int> prefixes, string key, T entry)
    {
        if (key.Length == 0)
        {
            return;
        }
        for (int space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            prefixes.Add(PrefixHash(key.AsSpan(0, space)));
        }
        prefixes.Add(PrefixHash(key));
        if (!index.TryGetValue(key, out var list))
        {
            // Most names have one entry: a list of one, not of the default four.
            index[key] = list = new List<T>(1);
        }
        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
        MaxTokens = Math.Max(MaxTokens, NameKey.TokenCount(key));
    }
}
