namespace Parley.Text;

/// <summary>
/// Interns strings as small integer ids so that token columns hold numbers, not strings.
/// Id 0 is always the empty string, which columns use for "not annotated".
/// Not thread-safe: each <see cref="Document"/> owns one.
/// </summary>
public sealed class StringStore
{
    private readonly List<string> _strings = [string.Empty];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanIds;

    public StringStore() => _spanIds = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct strings are stored, the empty string included.</summary>
    public int Count => _strings.Count;

    /// <summary>The string with this id.</summary>
    public string this[int id] => _strings[id];

    /// <summary>Returns the id of <paramref name="value"/>, adding it if it is new.</summary>
    public int Add(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (_ids.TryGetValue(value, out int id))
        {
            return id;
        }
        id = _strings.Count;
        _strings.Add(value);
        _ids.Add(value, id);
        return id;
    }

    /// <summary>Returns the id of <paramref name="value"/>, adding it if it is new; allocates only when it is new.</summary>
    public int Add(ReadOnlySpan<char> value)
    {
        if (_spanIds.TryGetValue(value, out int id))
        {
            return id;
        }
        return Add(value.ToString());
    }

    /// <summary>Looks up the id of a string without adding it.</summary>
    public bool TryGetId(ReadOnlySpan<char> value, out int id) => _spanIds.TryGetValue(value, out id);
}
