namespace Parley.Knowledge.Patterns;

/// <summary>
/// How a predicate that governs another event recodes it (verbs.yaml <c>complements</c>): an expression of intent
/// ("agreed to meet" → 036), an appeal ("called for talks" → 026), a rejection ("refused to negotiate" → 125) or a
/// demand. <see cref="ByRoot"/> maps the governed event's CAMEO root ("04") to the code of the whole; it may also
/// hold longer codes that refine their root ("0871" ceasefire → "0356" under intent, where "08" gives "035").
/// </summary>
public sealed record ComplementFamily(string Name, IReadOnlyDictionary<string, string> ByRoot)
{
    /// <summary>The code for a governed event of CAMEO root <paramref name="root"/>, or null when the family has none for it.</summary>
    public string? CodeFor(string root) => ByRoot.GetValueOrDefault(root);

    /// <summary>
    /// The code for a governed event coded <paramref name="code"/>: the entry for the code itself, else for its nearest
    /// ancestor ("0871" → "087" → "08"); null when the family has none for any of them.
    /// </summary>
    public string? CodeForEvent(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (var c = code; c.Length >= 2; c = c.Length == 3 ? c[..2] : c[..^1])
        {
            if (ByRoot.TryGetValue(c, out var found))
            {
                return found;
            }
        }
        return null;
    }
}
